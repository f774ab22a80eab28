package org.guildhall.qa.importer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.qa.importer.PlainText;
import org.guildhall.qa.importer.SimilarQuestionIndex.IndexedQuestion;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.qa.importer.ao.ImportDao.placeholders;
import static org.guildhall.qa.importer.ao.ImportDao.slices;

/**
 * The reads behind similar-question suggestions, in portable SQL (plain selects, {@code IN} lists of at most
 * {@value ImportDao#IN_LIST_SIZE}, keyset paging by id): what changed since a moment (by the indexed
 * {@code UPDATED_AT}), the text of questions to index, and the current rows of the suggested questions.
 */
@Component
public class SimilarQuestionsDao {

    /** Characters of a body read for the index: it uses only the first terms. */
    private static final int BODY_PREFIX = 1500;

    private final ActiveObjects ao;

    public SimilarQuestionsDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** A question's id and {@code UPDATED_AT} in epoch milliseconds. */
    public record Change(int id, long updatedAt) {
    }

    /** A suggested question as it is now. */
    public record SuggestedRow(int id, int communityId, String title, int score, int answerCount, boolean accepted,
                               boolean deleted) {
    }

    /** @return every question written at or after {@code since} (one indexed range query) */
    public List<Change> changedSince(Instant since) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select("ID, UPDATED_AT")
                        .where(QuestionEntity.UPDATED_AT + " >= ?", Date.from(since))))
                .map(q -> new Change(q.getID(), q.getUpdatedAt().getTime()))
                .toList();
    }

    /** @return up to {@code limit} questions with ids above {@code afterId}, by id, for a full rebuild */
    public List<IndexedQuestion> pageAfter(int afterId, int limit) {
        return withTopics(Arrays.asList(ao.find(QuestionEntity.class, Query.select()
                .where(QuestionEntity.ID + " > ?", afterId).order(QuestionEntity.ID + " ASC").limit(limit))));
    }

    /** @return the questions with these ids that exist, ready for the index */
    public List<IndexedQuestion> load(Collection<Integer> ids) {
        List<QuestionEntity> found = new ArrayList<>();
        for (List<Integer> slice : slices(new ArrayList<>(ids))) {
            found.addAll(Arrays.asList(ao.find(QuestionEntity.class, Query.select()
                    .where(QuestionEntity.ID + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))));
        }
        return withTopics(found);
    }

    /** @return the current rows of these questions (at most {@value ImportDao#IN_LIST_SIZE} ids: one statement) */
    public List<SuggestedRow> suggested(List<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select("ID, COMMUNITY_ID, TITLE, SCORE, "
                        + "ANSWER_COUNT, ACCEPTED_ANSWER_ID, DELETED")
                        .where(QuestionEntity.ID + " IN (" + placeholders(ids.size()) + ")", ids.toArray())))
                .map(q -> new SuggestedRow(q.getID(), q.getCommunityId(), q.getTitle(), q.getScore(),
                        q.getAnswerCount(), q.getAcceptedAnswerId() != null, q.isDeleted()))
                .toList();
    }

    private List<IndexedQuestion> withTopics(List<QuestionEntity> questions) {
        Map<Integer, List<String>> topics = new HashMap<>();
        List<Integer> ids = questions.stream().map(QuestionEntity::getID).toList();
        for (List<Integer> slice : slices(ids)) {
            for (QuestionTopicEntity topic : ao.find(QuestionTopicEntity.class, Query.select()
                    .where(QuestionTopicEntity.QUESTION_ID + " IN (" + placeholders(slice.size()) + ")",
                            slice.toArray()))) {
                topics.computeIfAbsent(topic.getQuestionId(), id -> new ArrayList<>()).add(topic.getTopic());
            }
        }
        return questions.stream().map(q -> {
            String body = q.getBodyText() == null ? "" : q.getBodyText();
            return new IndexedQuestion(q.getID(), q.getCommunityId(), q.getTitle(),
                    topics.getOrDefault(q.getID(), List.of()),
                    PlainText.fromHtml(body.length() > BODY_PREFIX ? body.substring(0, BODY_PREFIX) : body),
                    q.isDeleted(), q.getUpdatedAt().getTime());
        }).toList();
    }
}

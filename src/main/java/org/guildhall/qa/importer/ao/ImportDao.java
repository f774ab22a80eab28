package org.guildhall.qa.importer.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.ExternalPersonEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.qa.ao.RevisionEntity;
import org.guildhall.qa.ao.TopicEntity;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The only code that writes imported Q&amp;A rows and reads import runs. Every imported row carries a unique
 * {@code SOURCE_KEY}; each insert method first asks which keys exist and inserts only the others, so importing the same
 * dump again inserts nothing. Each method is one batch: call it inside a transaction.
 */
@Component
public class ImportDao {

    /** Keys per {@code IN (...)}: well inside every database's limit on bind parameters. */
    static final int IN_LIST_SIZE = 500;

    private final ActiveObjects ao;

    public ImportDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** An author of imported posts who is not a Confluence user. */
    public record NewPerson(String sourceKey, String displayName, String profileUrl, String site) {
    }

    /** A known topic with its plain-text description (may be null). */
    public record NewTopic(String name, String description) {
    }

    /**
     * An imported question. {@code listState} and {@code closeReason} are final; the accepted answer and the original
     * of a duplicate are linked afterwards, once their rows exist.
     */
    public record NewQuestion(String sourceKey, String sourceUrl, int communityId, Integer externalAuthorId,
                              String title, String body, int score, int answerCount, String listState,
                              String closeReason, Instant closedAt, List<String> topics, Instant createdAt,
                              Instant revisedAt, Instant lastActivityAt) {
    }

    /** An imported answer; {@code accepted} marks it as its question's accepted answer ({@code ACCEPTED_FOR}, {@code ACCEPTED_KEY}). */
    public record NewAnswer(String sourceKey, String sourceUrl, int questionId, int communityId,
                            Integer externalAuthorId, String body, int score, boolean accepted, Instant createdAt,
                            Instant revisedAt) {
    }

    /** An imported comment on a question or an answer ({@code postType} {@code question} or {@code answer}). */
    public record NewComment(String sourceKey, String postType, int postId, int questionId, int communityId,
                             Integer externalAuthorId, String body, Instant createdAt) {
    }

    /** An import run as stored. */
    public record ImportRunRow(int id, int communityId, String site, String state, String requestedBy,
                               String progress, String errorMessage, Instant createdAt, Instant updatedAt,
                               Instant finishedAt) {
    }

    // ---------------------------------------------------------------- people and topics

    /**
     * Inserts the people whose source keys are new.
     *
     * @return the ids of all of them (new and existing), by source key, and how many were new
     */
    public Saved savePeople(List<NewPerson> people) {
        Map<String, Integer> existing = ids(ExternalPersonEntity.class, keys(people, NewPerson::sourceKey),
                ExternalPersonEntity::getSourceKey);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewPerson person : people) {
            if (!existing.containsKey(person.sourceKey())) {
                Map<String, Object> row = new HashMap<>();
                row.put(ExternalPersonEntity.SOURCE_KEY, person.sourceKey());
                row.put(ExternalPersonEntity.DISPLAY_NAME, truncate(person.displayName(), 255));
                row.put(ExternalPersonEntity.PROFILE_URL, person.profileUrl());
                row.put(ExternalPersonEntity.SITE, person.site());
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return new Saved(existing, 0);
        }
        ao.create(ExternalPersonEntity.class, rows);
        return new Saved(ids(ExternalPersonEntity.class, keys(people, NewPerson::sourceKey),
                ExternalPersonEntity::getSourceKey), rows.size());
    }

    /**
     * Adds the topics not known yet, and gives known topics without a description this one.
     *
     * @return how many topics were added or described
     */
    public int saveTopics(List<NewTopic> topics, Instant now) {
        Map<String, TopicEntity> known = new HashMap<>();
        for (List<String> slice : slices(keys(topics, NewTopic::name))) {
            for (TopicEntity entity : ao.find(TopicEntity.class, Query.select()
                    .where(TopicEntity.NAME + " IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                known.put(entity.getName(), entity);
            }
        }
        int changed = 0;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewTopic topic : topics) {
            TopicEntity entity = known.get(topic.name());
            if (entity == null) {
                Map<String, Object> row = new HashMap<>();
                row.put(TopicEntity.NAME, topic.name());
                row.put(TopicEntity.DESCRIPTION, topic.description());
                row.put(TopicEntity.CREATED_AT, Date.from(now));
                rows.add(row);
                changed++;
            } else if (entity.getDescription() == null && topic.description() != null) {
                entity.setDescription(topic.description());
                entity.save();
                changed++;
            }
        }
        if (!rows.isEmpty()) {
            ao.create(TopicEntity.class, rows);
        }
        return changed;
    }

    // ---------------------------------------------------------------- posts

    /**
     * Inserts the questions whose source keys are new, with their topics and their first revision.
     *
     * @param importedAt written to {@code UPDATED_AT}: the moment the rows change here, which the node-local
     *                   similar-question indexes poll for
     * @return the ids of all of them (new and existing), by source key, and how many were new
     */
    public Saved saveQuestions(List<NewQuestion> questions, Instant importedAt) {
        List<String> keys = keys(questions, NewQuestion::sourceKey);
        Map<String, Integer> existing = ids(QuestionEntity.class, keys, QuestionEntity::getSourceKey);
        List<NewQuestion> fresh = questions.stream().filter(q -> !existing.containsKey(q.sourceKey())).toList();
        if (fresh.isEmpty()) {
            return new Saved(existing, 0);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewQuestion question : fresh) {
            Map<String, Object> row = new HashMap<>();
            row.put(QuestionEntity.COMMUNITY_ID, question.communityId());
            row.put(QuestionEntity.EXTERNAL_AUTHOR_ID, question.externalAuthorId());
            row.put(QuestionEntity.TITLE, truncate(question.title(), 255));
            row.put(QuestionEntity.BODY_TEXT, question.body());
            row.put(QuestionEntity.SCORE, question.score());
            row.put(QuestionEntity.ANSWER_COUNT, question.answerCount());
            row.put(QuestionEntity.LIST_STATE, question.listState());
            row.put(QuestionEntity.CLOSE_REASON, question.closeReason());
            row.put(QuestionEntity.CLOSED_AT, question.closedAt() == null ? null : Date.from(question.closedAt()));
            row.put(QuestionEntity.DELETED, Boolean.FALSE);
            row.put(QuestionEntity.REVISION, 1);
            row.put(QuestionEntity.CREATED_AT, Date.from(question.createdAt()));
            row.put(QuestionEntity.UPDATED_AT, Date.from(importedAt));
            row.put(QuestionEntity.LAST_ACTIVITY_AT, Date.from(question.lastActivityAt()));
            row.put(QuestionEntity.SOURCE_KEY, question.sourceKey());
            row.put(QuestionEntity.SOURCE_URL, question.sourceUrl());
            row.put(QuestionEntity.LOCK_TOKEN, 0);
            rows.add(row);
        }
        ao.create(QuestionEntity.class, rows);
        Map<String, Integer> ids = ids(QuestionEntity.class, keys, QuestionEntity::getSourceKey);
        List<Map<String, Object>> topicRows = new ArrayList<>();
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (NewQuestion question : fresh) {
            int id = ids.get(question.sourceKey());
            for (String topic : question.topics()) {
                Map<String, Object> row = new HashMap<>();
                row.put(QuestionTopicEntity.QUESTION_ID, id);
                row.put(QuestionTopicEntity.COMMUNITY_ID, question.communityId());
                row.put(QuestionTopicEntity.TOPIC, topic);
                row.put(QuestionTopicEntity.QUESTION_AND_TOPIC, id + ":" + topic);
                row.put(QuestionTopicEntity.CREATED_AT, Date.from(question.createdAt()));
                topicRows.add(row);
            }
            revisions.add(revision("question", id, question.title(), question.body(),
                    String.join(" ", question.topics()), question.externalAuthorId(), question.revisedAt()));
        }
        if (!topicRows.isEmpty()) {
            ao.create(QuestionTopicEntity.class, topicRows);
        }
        ao.create(RevisionEntity.class, revisions);
        return new Saved(ids, fresh.size());
    }

    /**
     * Inserts the answers whose source keys are new, with their first revision.
     *
     * @return the ids of all of them (new and existing), by source key, and how many were new
     */
    public Saved saveAnswers(List<NewAnswer> answers, Instant importedAt) {
        List<String> keys = keys(answers, NewAnswer::sourceKey);
        Map<String, Integer> existing = ids(AnswerEntity.class, keys, AnswerEntity::getSourceKey);
        List<NewAnswer> fresh = answers.stream().filter(a -> !existing.containsKey(a.sourceKey())).toList();
        if (fresh.isEmpty()) {
            return new Saved(existing, 0);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewAnswer answer : fresh) {
            Map<String, Object> row = new HashMap<>();
            row.put(AnswerEntity.QUESTION_ID, answer.questionId());
            row.put(AnswerEntity.COMMUNITY_ID, answer.communityId());
            row.put(AnswerEntity.EXTERNAL_AUTHOR_ID, answer.externalAuthorId());
            row.put(AnswerEntity.BODY_TEXT, answer.body());
            row.put(AnswerEntity.SCORE, answer.score());
            row.put(AnswerEntity.ACCEPTED_FOR, answer.accepted() ? answer.questionId() : null);
            row.put(AnswerEntity.ACCEPTED_KEY, answer.accepted()
                    ? AnswerEntity.acceptedKey(answer.questionId()) : AnswerEntity.openKey());
            row.put(AnswerEntity.ACCEPTED_AT, answer.accepted() ? Date.from(answer.createdAt()) : null);
            row.put(AnswerEntity.DELETED, Boolean.FALSE);
            row.put(AnswerEntity.REVISION, 1);
            row.put(AnswerEntity.CREATED_AT, Date.from(answer.createdAt()));
            row.put(AnswerEntity.UPDATED_AT, Date.from(importedAt));
            row.put(AnswerEntity.SOURCE_KEY, answer.sourceKey());
            row.put(AnswerEntity.SOURCE_URL, answer.sourceUrl());
            row.put(AnswerEntity.LOCK_TOKEN, 0);
            // imported authors are not Confluence users, so never from another community (community health)
            row.put(AnswerEntity.CROSS_COMMUNITY, Boolean.FALSE);
            rows.add(row);
        }
        ao.create(AnswerEntity.class, rows);
        Map<String, Integer> ids = ids(AnswerEntity.class, keys, AnswerEntity::getSourceKey);
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (NewAnswer answer : fresh) {
            revisions.add(revision("answer", ids.get(answer.sourceKey()), null, answer.body(), null,
                    answer.externalAuthorId(), answer.revisedAt()));
        }
        ao.create(RevisionEntity.class, revisions);
        return new Saved(ids, fresh.size());
    }

    /** @return how many of the comments were new (and inserted) */
    public int saveComments(List<NewComment> comments) {
        List<String> keys = keys(comments, NewComment::sourceKey);
        Map<String, Integer> existing = ids(CommentEntity.class, keys, CommentEntity::getSourceKey);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewComment comment : comments) {
            if (!existing.containsKey(comment.sourceKey())) {
                Map<String, Object> row = new HashMap<>();
                row.put(CommentEntity.POST_TYPE, comment.postType());
                row.put(CommentEntity.POST_ID, comment.postId());
                row.put(CommentEntity.QUESTION_ID, comment.questionId());
                row.put(CommentEntity.COMMUNITY_ID, comment.communityId());
                row.put(CommentEntity.EXTERNAL_AUTHOR_ID, comment.externalAuthorId());
                row.put(CommentEntity.BODY_TEXT, comment.body());
                row.put(CommentEntity.DELETED, Boolean.FALSE);
                row.put(CommentEntity.CREATED_AT, Date.from(comment.createdAt()));
                row.put(CommentEntity.SOURCE_KEY, comment.sourceKey());
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            ao.create(CommentEntity.class, rows);
        }
        return rows.size();
    }

    /**
     * Links each question to its accepted answer where it has none yet.
     *
     * @param acceptedAnswers answer id by question id
     * @return how many questions changed
     */
    public int linkAcceptedAnswers(Map<Integer, Integer> acceptedAnswers, Instant importedAt) {
        int changed = 0;
        for (List<Integer> slice : slices(new ArrayList<>(acceptedAnswers.keySet()))) {
            for (QuestionEntity question : ao.find(QuestionEntity.class, Query.select().where(QuestionEntity.ID
                    + " IN (" + placeholders(slice.size()) + ") AND " + QuestionEntity.ACCEPTED_ANSWER_ID
                    + " IS NULL", slice.toArray()))) {
                question.setAcceptedAnswerId(acceptedAnswers.get(question.getID()));
                question.setUpdatedAt(Date.from(importedAt));
                question.save();
                changed++;
            }
        }
        return changed;
    }

    /**
     * Links each duplicate (closed as {@code duplicate} on import) to its original where it has none yet.
     *
     * @param originals original question id by duplicate question id
     * @return how many questions changed
     */
    public int linkDuplicates(Map<Integer, Integer> originals, Instant importedAt) {
        int changed = 0;
        for (List<Integer> slice : slices(new ArrayList<>(originals.keySet()))) {
            for (QuestionEntity question : ao.find(QuestionEntity.class, Query.select().where(QuestionEntity.ID
                    + " IN (" + placeholders(slice.size()) + ") AND " + QuestionEntity.DUPLICATE_OF_ID
                    + " IS NULL", slice.toArray()))) {
                question.setDuplicateOfId(originals.get(question.getID()));
                question.setUpdatedAt(Date.from(importedAt));
                question.save();
                changed++;
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- import runs

    /** Records a new run in state {@code queued}. */
    public ImportRunRow createRun(int communityId, String site, String requestedBy, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(ImportRunEntity.COMMUNITY_ID, communityId);
        row.put(ImportRunEntity.SITE, site);
        row.put(ImportRunEntity.RUN_STATE, "queued");
        row.put(ImportRunEntity.REQUESTED_BY, requestedBy);
        row.put(ImportRunEntity.PROGRESS, "{}");
        row.put(ImportRunEntity.CREATED_AT, Date.from(now));
        row.put(ImportRunEntity.UPDATED_AT, Date.from(now));
        return toRow(ao.create(ImportRunEntity.class, row));
    }

    /** Records the run's state and progress; a finished state also records when it finished. */
    public void updateRun(int id, String state, String progress, String errorMessage, Instant now) {
        ImportRunEntity run = ao.get(ImportRunEntity.class, id);
        if (run == null) {
            return;
        }
        run.setRunState(state);
        run.setProgress(progress);
        run.setErrorMessage(errorMessage);
        run.setUpdatedAt(Date.from(now));
        if (state.equals("succeeded") || state.equals("failed")) {
            run.setFinishedAt(Date.from(now));
        }
        run.save();
    }

    public Optional<ImportRunRow> findRun(int id) {
        return Optional.ofNullable(ao.get(ImportRunEntity.class, id)).map(ImportDao::toRow);
    }

    /** @return the newest runs, newest first */
    public List<ImportRunRow> recentRuns(int limit) {
        return java.util.Arrays.stream(ao.find(ImportRunEntity.class, Query.select()
                .order(ImportRunEntity.ID + " DESC").limit(limit))).map(ImportDao::toRow).toList();
    }

    private static ImportRunRow toRow(ImportRunEntity run) {
        return new ImportRunRow(run.getID(), run.getCommunityId(), run.getSite(), run.getRunState(), run.getRequestedBy(),
                run.getProgress(), run.getErrorMessage(), run.getCreatedAt().toInstant(),
                run.getUpdatedAt().toInstant(), run.getFinishedAt() == null ? null : run.getFinishedAt().toInstant());
    }

    // ---------------------------------------------------------------- helpers

    /** Ids by source key, and how many rows the call inserted. */
    public record Saved(Map<String, Integer> ids, int inserted) {
    }

    private static Map<String, Object> revision(String postType, int postId, String title, String body, String topics,
                                                Integer editor, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(RevisionEntity.POST_TYPE, postType);
        row.put(RevisionEntity.POST_ID, postId);
        row.put(RevisionEntity.REVISION_NUMBER, 1);
        row.put(RevisionEntity.REVISION_KEY, postType + ":" + postId + ":1");
        row.put(RevisionEntity.TITLE, title == null ? null : truncate(title, 255));
        row.put(RevisionEntity.BODY_TEXT, body);
        row.put(RevisionEntity.TOPICS, topics == null ? null : truncate(topics, 450));
        row.put(RevisionEntity.EXTERNAL_EDITOR_ID, editor);
        row.put(RevisionEntity.CREATED_AT, Date.from(at));
        return row;
    }

    private <T extends net.java.ao.Entity> Map<String, Integer> ids(Class<T> type, List<String> keys,
                                                                     Function<T, String> sourceKey) {
        Map<String, Integer> ids = new HashMap<>();
        for (List<String> slice : slices(keys)) {
            for (T entity : ao.find(type, Query.select("ID, SOURCE_KEY")
                    .where("SOURCE_KEY IN (" + placeholders(slice.size()) + ")", slice.toArray()))) {
                ids.put(sourceKey.apply(entity), entity.getID());
            }
        }
        return ids;
    }

    private static <T> List<String> keys(Collection<T> rows, Function<T, String> key) {
        return rows.stream().map(key).distinct().toList();
    }

    static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_SIZE) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_SIZE)));
        }
        return slices;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}

package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.CloseReason;
import org.guildhall.qa.ListState;
import org.guildhall.qa.PostAuthor;
import org.guildhall.qa.Question;
import org.guildhall.qa.QuestionListQuery;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.qa.ao.QuestionEntity.ACCEPTED_ANSWER_ID;
import static org.guildhall.qa.ao.QuestionEntity.ANSWER_COUNT;
import static org.guildhall.qa.ao.QuestionEntity.AUTHOR_KEY;
import static org.guildhall.qa.ao.QuestionEntity.BODY_TEXT;
import static org.guildhall.qa.ao.QuestionEntity.COMMUNITY_ID;
import static org.guildhall.qa.ao.QuestionEntity.CREATED_AT;
import static org.guildhall.qa.ao.QuestionEntity.DELETED;
import static org.guildhall.qa.ao.QuestionEntity.DUPLICATE_OF_ID;
import static org.guildhall.qa.ao.QuestionEntity.ID;
import static org.guildhall.qa.ao.QuestionEntity.LAST_ACTIVITY_AT;
import static org.guildhall.qa.ao.QuestionEntity.LIST_STATE;
import static org.guildhall.qa.ao.QuestionEntity.REVISION;
import static org.guildhall.qa.ao.QuestionEntity.SCORE;
import static org.guildhall.qa.ao.QuestionEntity.TITLE;
import static org.guildhall.qa.ao.QuestionEntity.UPDATED_AT;
import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.instant;
import static org.guildhall.qa.ao.SqlLists.ints;
import static org.guildhall.qa.ao.SqlLists.placeholders;

/**
 * The only code that reads and writes questions and the topics they carry. Returns {@link Question} records with
 * their topics, never entities.
 * <p>
 * Counters and the list state change only under {@link #lock}: it writes the row's {@code LOCK_TOKEN}, which holds the
 * row lock until the transaction ends, and then reads the row afresh, so concurrent votes, answers and acceptances
 * queue on the question and each sees what the previous one committed (Confluence runs at READ COMMITTED).
 */
@Component
public class QuestionDao {

    private static final String WITHOUT_BODY = "";

    /** Duplicates listed on a question page. */
    public static final int MAX_DUPLICATES_SHOWN = 50;

    private final ActiveObjects ao;

    public QuestionDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Stores a new question (revision 1, no answers) with its topics. Call inside a transaction. */
    public Question insert(long communityId, String authorKey, String title, String body, List<String> topics,
                           Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(COMMUNITY_ID, (int) communityId);
        row.put(AUTHOR_KEY, authorKey);
        row.put(TITLE, title);
        row.put(BODY_TEXT, body);
        row.put(SCORE, 0);
        row.put(ANSWER_COUNT, 0);
        row.put(LIST_STATE, ListState.UNANSWERED.id());
        row.put(DELETED, Boolean.FALSE);
        row.put(REVISION, 1);
        row.put(CREATED_AT, date(now));
        row.put(UPDATED_AT, date(now));
        row.put(LAST_ACTIVITY_AT, date(now));
        row.put(QuestionEntity.SOURCE_KEY, SqlLists.localSourceKey());
        row.put(QuestionEntity.LOCK_TOKEN, 0);
        QuestionEntity created = ao.create(QuestionEntity.class, row);
        insertTopics(created.getID(), communityId, topics, now);
        return toRecord(created, topics);
    }

    /** @return the question with its topics, deleted or not */
    public Optional<Question> find(long id) {
        return Arrays.stream(ao.find(QuestionEntity.class, Query.select().where(ID + " = ?", (int) id)))
                .findFirst().map(entity -> toRecord(entity, topicsOf(List.of(entity.getID())).getOrDefault(
                        entity.getID(), List.of())));
    }

    /** @return the questions with these ids, with topics, by id (two statements per 500 ids) */
    public Map<Long, Question> findByIds(Collection<Long> ids) {
        Map<Long, Question> found = new LinkedHashMap<>();
        for (List<Long> slice : SqlLists.slices(List.copyOf(ids))) {
            found.putAll(withTopics(Arrays.asList(ao.find(QuestionEntity.class, Query.select()
                    .where(ID + " IN (" + placeholders(slice.size()) + ")", ints(slice))))).stream()
                    .collect(LinkedHashMap::new, (map, question) -> map.put(question.id(), question), Map::putAll));
        }
        return found;
    }

    /**
     * @return the titles of the questions with these ids, deleted or not, by id: one statement per 500 ids reading two
     *         columns, for lists that show a question's title only (evidence on profiles and expert results)
     */
    public Map<Long, String> findTitles(Collection<Long> ids) {
        Map<Long, String> titles = new HashMap<>();
        for (List<Long> slice : SqlLists.slices(List.copyOf(ids))) {
            // streamed: find() would read every column the entity preloads, the body included
            ao.stream(QuestionEntity.class, Query.select(ID + ", " + TITLE)
                            .where(ID + " IN (" + placeholders(slice.size()) + ")", ints(slice)),
                    entity -> titles.put((long) entity.getID(), entity.getTitle()));
        }
        return titles;
    }

    /** A question and the questions that are not deleted and were closed as duplicates of it, oldest first. */
    public record WithDuplicates(Question question, List<Question> duplicates) {
    }

    /**
     * The question a page shows, with the questions closed as its duplicates, in two statements (the rows by primary
     * key or the indexed {@code DUPLICATE_OF_ID}, then their topics).
     *
     * @return the question, deleted or not, or empty when there is none
     */
    public Optional<WithDuplicates> findWithDuplicates(long id) {
        List<Question> rows = withTopics(Arrays.asList(ao.find(QuestionEntity.class, Query.select()
                .where(ID + " = ? OR (" + DUPLICATE_OF_ID + " = ? AND " + DELETED + " = ?)", (int) id, (int) id,
                        Boolean.FALSE)
                .order(ID + " ASC").limit(MAX_DUPLICATES_SHOWN + 1))));
        Optional<Question> question = rows.stream().filter(row -> row.id() == id).findFirst();
        if (question.isEmpty() && rows.size() > MAX_DUPLICATES_SHOWN) {
            // more older duplicates than a page shows pushed the question itself past the limit
            question = find(id);
        }
        return question.map(found -> new WithDuplicates(found, rows.stream()
                .filter(row -> row.id() != id).limit(MAX_DUPLICATES_SHOWN).toList()));
    }

    /**
     * One page of a question list, keyset-paged in the query's order: two statements (questions, then their topics),
     * whatever the page size. Lists never show bodies, so the rows are read without them: each question's
     * {@link Question#body()} is empty.
     *
     * @param communityIds the communities the reader may see (the list never leaves them); empty gives no questions
     */
    public List<Question> list(QuestionListQuery query, Collection<Long> communityIds, int limit) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<QuestionEntity> rows = Arrays.asList(ao.find(QuestionEntity.class, QuestionListSql.of(query,
                communityIds, limit)));
        Map<Integer, List<String>> topics = topicsOf(rows.stream().map(QuestionEntity::getID).toList());
        return rows.stream().map(entity -> toRecord(entity, WITHOUT_BODY,
                topics.getOrDefault(entity.getID(), List.of()))).toList();
    }

    /**
     * @return the questions asked at or after {@code since} in these communities that are not deleted, highest score
     *         first, at most {@code limit} (digests); one statement per 500 communities
     */
    public List<Question> topAskedSince(Collection<Long> communityIds, Instant since, int limit) {
        List<QuestionEntity> found = new ArrayList<>();
        for (List<Long> slice : SqlLists.slices(List.copyOf(communityIds))) {
            List<Object> parameters = new ArrayList<>(Arrays.asList(ints(slice)));
            parameters.add(Boolean.FALSE);
            parameters.add(date(since));
            found.addAll(Arrays.asList(ao.find(QuestionEntity.class, Query.select()
                    .where(COMMUNITY_ID + " IN (" + placeholders(slice.size()) + ") AND " + DELETED + " = ? AND "
                            + CREATED_AT + " >= ?", parameters.toArray())
                    .order(SCORE + " DESC, " + ID + " DESC").limit(limit))));
        }
        found.sort(java.util.Comparator.comparingInt(QuestionEntity::getScore).reversed()
                .thenComparing(java.util.Comparator.comparingInt(QuestionEntity::getID).reversed()));
        return withTopics(found.subList(0, Math.min(limit, found.size())));
    }

    /** @return how many questions that are not deleted carry the topic, in these communities */
    public int countWithTopic(String topic, Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (List<Long> slice : SqlLists.slices(List.copyOf(communityIds))) {
            count += ao.count(QuestionEntity.class, QuestionListSql.topicCount(topic, slice));
        }
        return count;
    }

    /**
     * Takes the question row's write lock for the rest of the transaction and reads it afresh. Call inside a
     * transaction before changing counters, the accepted answer, the revision or the state.
     *
     * @return the question as committed before this transaction's changes, or empty when there is none
     */
    public Optional<Question> lock(long id) {
        QuestionEntity[] found = ao.find(QuestionEntity.class, Query.select().where(ID + " = ?", (int) id));
        if (found.length == 0) {
            return Optional.empty();
        }
        found[0].setLockToken(SqlLists.nextToken(found[0].getLockToken()));
        found[0].save();
        return find(id);
    }

    /** Adds {@code delta} to the score. Call under {@link #lock}. */
    public void addToScore(long id, int delta) {
        QuestionEntity entity = fresh(id);
        entity.setScore(entity.getScore() + delta);
        entity.save();
    }

    /** Adds {@code delta} to the answer count and refreshes the state; {@code activityAt} moves activity on. Under {@link #lock}. */
    public void addToAnswerCount(long id, int delta, Instant activityAt) {
        QuestionEntity entity = fresh(id);
        entity.setAnswerCount(Math.max(0, entity.getAnswerCount() + delta));
        if (activityAt != null) {
            entity.setLastActivityAt(date(activityAt));
        }
        entity.setListState(stateOf(entity).id());
        entity.save();
    }

    /** Records the accepted answer (null for none) and refreshes the state. Call under {@link #lock}. */
    public void setAcceptedAnswer(long id, Long answerId, Instant now) {
        QuestionEntity entity = fresh(id);
        entity.setAcceptedAnswerId(answerId == null ? null : answerId.intValue());
        entity.setLastActivityAt(date(now));
        entity.setListState(stateOf(entity).id());
        entity.save();
    }

    /** Moves the question's last activity to {@code at} (a comment). Call inside a transaction. */
    public void touch(long id, Instant at) {
        QuestionEntity entity = fresh(id);
        entity.setLastActivityAt(date(at));
        entity.save();
    }

    /** Stores an edit: new title, body, topics and revision number. Call under {@link #lock}. */
    public void edit(long id, String title, String body, List<String> topics, int revision, Instant now) {
        QuestionEntity entity = fresh(id);
        entity.setTitle(title);
        entity.setBodyText(body);
        entity.setRevision(revision);
        entity.setUpdatedAt(date(now));
        entity.setLastActivityAt(date(now));
        entity.save();
        ao.deleteWithSQL(QuestionTopicEntity.class, QuestionTopicEntity.QUESTION_ID + " = ?", (int) id);
        insertTopics(id, entity.getCommunityId(), topics, entity.getCreatedAt().toInstant());
    }

    /** Soft-deletes or restores; moves {@code UPDATED_AT}. Call inside a transaction. */
    public void setDeleted(long id, boolean deleted, String actorKey, Instant now) {
        QuestionEntity entity = fresh(id);
        entity.setDeleted(deleted);
        entity.setDeletedBy(deleted ? actorKey : null);
        entity.setDeletedAt(deleted ? date(now) : null);
        // UPDATED_AT is what the node-local similar-question indexes poll: a deletion must move it
        entity.setUpdatedAt(date(now));
        entity.save();
    }

    /**
     * Closes (reason non-null) or reopens (reason null), refreshes the state and moves {@code UPDATED_AT}. Call under
     * {@link #lock}.
     */
    public void setClosed(long id, CloseReason reason, Long duplicateOfId, String actorKey, Instant now) {
        QuestionEntity entity = fresh(id);
        entity.setCloseReason(reason == null ? null : reason.id());
        entity.setDuplicateOfId(duplicateOfId == null ? null : duplicateOfId.intValue());
        entity.setClosedBy(reason == null ? null : actorKey);
        entity.setClosedAt(reason == null ? null : date(now));
        entity.setListState(stateOf(entity).id());
        entity.setUpdatedAt(date(now));
        entity.save();
    }

    private static ListState stateOf(QuestionEntity entity) {
        return ListState.of(entity.getCloseReason() != null, entity.getAcceptedAnswerId() != null,
                entity.getAnswerCount());
    }

    private QuestionEntity fresh(long id) {
        QuestionEntity[] found = ao.find(QuestionEntity.class, Query.select().where(ID + " = ?", (int) id));
        if (found.length == 0) {
            throw new IllegalStateException("No question " + id);
        }
        return found[0];
    }

    private void insertTopics(long questionId, long communityId, List<String> topics, Instant createdAt) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String topic : topics) {
            Map<String, Object> row = new HashMap<>();
            row.put(QuestionTopicEntity.QUESTION_ID, (int) questionId);
            row.put(QuestionTopicEntity.COMMUNITY_ID, (int) communityId);
            row.put(QuestionTopicEntity.TOPIC, topic);
            row.put(QuestionTopicEntity.QUESTION_AND_TOPIC, questionId + ":" + topic);
            row.put(QuestionTopicEntity.CREATED_AT, date(createdAt));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            ao.create(QuestionTopicEntity.class, rows);
        }
    }

    /** One statement per 500 questions for the topics of a whole page, each question's in the order given. */
    private Map<Integer, List<String>> topicsOf(List<Integer> questionIds) {
        Map<Integer, List<String>> topics = new HashMap<>();
        for (List<Integer> slice : SqlLists.slices(questionIds)) {
            for (QuestionTopicEntity row : ao.find(QuestionTopicEntity.class, Query.select()
                    .where(QuestionTopicEntity.QUESTION_ID + " IN (" + placeholders(slice.size()) + ")", ints(slice))
                    .order(QuestionTopicEntity.ID + " ASC"))) {
                topics.computeIfAbsent(row.getQuestionId(), id -> new ArrayList<>()).add(row.getTopic());
            }
        }
        return topics;
    }

    private List<Question> withTopics(List<QuestionEntity> entities) {
        Map<Integer, List<String>> topics = topicsOf(entities.stream().map(QuestionEntity::getID).toList());
        return entities.stream().map(entity -> toRecord(entity, topics.getOrDefault(entity.getID(), List.of())))
                .toList();
    }

    private static Question toRecord(QuestionEntity entity, List<String> topics) {
        return toRecord(entity, entity.getBodyText(), topics);
    }

    /** @param body the body, or {@link #WITHOUT_BODY} for rows read without it (never asking the entity for it) */
    private static Question toRecord(QuestionEntity entity, String body, List<String> topics) {
        return new Question(entity.getID(), entity.getCommunityId(),
                new PostAuthor(entity.getAuthorKey(), entity.getExternalAuthorId()),
                entity.getTitle(), body, entity.getScore(), entity.getAnswerCount(),
                SqlLists.boxedLong(entity.getAcceptedAnswerId()),
                ListState.parse(entity.getListState()).orElse(ListState.UNANSWERED),
                CloseReason.parse(entity.getCloseReason()).orElse(null),
                SqlLists.boxedLong(entity.getDuplicateOfId()), entity.getClosedBy(), instant(entity.getClosedAt()),
                entity.isDeleted(), entity.getDeletedBy(), instant(entity.getDeletedAt()), entity.getRevision(),
                instant(entity.getCreatedAt()), instant(entity.getUpdatedAt()), instant(entity.getLastActivityAt()),
                entity.getSourceUrl(), topics);
    }
}

package org.guildhall.expertise.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Query;
import org.guildhall.expertise.Contributor;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.RankedPerson;
import org.guildhall.expertise.ScoreCell;
import org.guildhall.expertise.ScoreChange;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The only code that reads and writes evidence items and score cells. Rankings (sums over several communities and
 * topics, grouped by person) go through SAL's executor because Active Objects cannot select aggregates; each is one
 * statement over the indexed score table, whatever the number of people.
 */
@Component
public class EvidenceDao {

    static final String EVIDENCE_TABLE = "AO_A368F0_EXPERT_EVIDENCE";
    static final String SCORE_TABLE = "AO_A368F0_EXPERT_SCORE";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public EvidenceDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /** An item as stored, with its row id. */
    public record StoredItem(long id, EvidenceItem item) {
    }

    /** @return every item a question and its answers gave (one statement) */
    public List<StoredItem> findByQuestion(long questionId) {
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select()
                        .where(EvidenceEntity.QUESTION_ID + " = ?", (int) questionId)))
                .map(entity -> new StoredItem(entity.getID(), toItem(entity))).toList();
    }

    /** Stores a new item. Call inside a transaction (its key is unique). */
    public void insert(EvidenceItem item) {
        Map<String, Object> row = new HashMap<>();
        row.put(EvidenceEntity.PERSON_KEY, item.personKey());
        row.put(EvidenceEntity.TOPIC, item.topic());
        row.put(EvidenceEntity.COMMUNITY_ID, (int) item.communityId());
        row.put(EvidenceEntity.KIND, item.kind().id());
        row.put(EvidenceEntity.POST_ID, item.postId());
        row.put(EvidenceEntity.QUESTION_ID, item.questionId() == null ? null : item.questionId().intValue());
        row.put(EvidenceEntity.POINTS, item.points());
        row.put(EvidenceEntity.OCCURRED_AT, Date.from(item.occurredAt()));
        row.put(EvidenceEntity.EVIDENCE_KEY, item.key());
        ao.create(EvidenceEntity.class, row);
    }

    /** Changes an item's points and time (the rest is its identity). */
    public void update(long id, double points, Instant occurredAt) {
        EvidenceEntity[] found = ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.ID + " = ?",
                (int) id));
        for (EvidenceEntity entity : found) {
            entity.setPoints(points);
            entity.setOccurredAt(Date.from(occurredAt));
            entity.save();
        }
    }

    public void delete(long id) {
        ao.deleteWithSQL(EvidenceEntity.class, EvidenceEntity.ID + " = ?", (int) id);
    }

    /**
     * Adds the change to the person's cell for that topic and community, creating it when needed and removing it
     * when its last item went. Takes the cell's row lock first, so concurrent changes queue. Call inside a
     * transaction that retries on conflict (two first items for a cell both create it; the retry finds it).
     */
    public void addToCell(String personKey, String topic, long communityId, ScoreChange change) {
        if (change.isNone()) {
            return;
        }
        String key = communityId + ":" + topic + ":" + personKey;
        ExpertiseScoreEntity[] found = ao.find(ExpertiseScoreEntity.class,
                Query.select().where(ExpertiseScoreEntity.SCORE_KEY + " = ?", key));
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(ExpertiseScoreEntity.PERSON_KEY, personKey);
            row.put(ExpertiseScoreEntity.TOPIC, topic);
            row.put(ExpertiseScoreEntity.COMMUNITY_ID, (int) communityId);
            row.put(ExpertiseScoreEntity.SCORE_KEY, key);
            row.put(ExpertiseScoreEntity.WEIGHTED, change.weighted());
            row.put(ExpertiseScoreEntity.POINTS, change.points());
            row.put(ExpertiseScoreEntity.ITEM_COUNT, change.items());
            row.put(ExpertiseScoreEntity.ACCEPTED_COUNT, change.accepted());
            row.put(ExpertiseScoreEntity.ANSWER_COUNT, change.answers());
            row.put(ExpertiseScoreEntity.QUESTION_COUNT, change.questions());
            row.put(ExpertiseScoreEntity.PAGE_COUNT, change.pages());
            row.put(ExpertiseScoreEntity.LOCK_TOKEN, 0);
            ao.create(ExpertiseScoreEntity.class, row);
            return;
        }
        found[0].setLockToken(found[0].getLockToken() == Integer.MAX_VALUE ? 0 : found[0].getLockToken() + 1);
        found[0].save();
        ExpertiseScoreEntity locked = ao.find(ExpertiseScoreEntity.class,
                Query.select().where(ExpertiseScoreEntity.SCORE_KEY + " = ?", key))[0];
        int items = locked.getItemCount() + change.items();
        if (items <= 0) {
            ao.delete(locked);
            return;
        }
        locked.setWeighted(locked.getWeighted() + change.weighted());
        locked.setPoints(locked.getPoints() + change.points());
        locked.setItemCount(items);
        locked.setAcceptedCount(locked.getAcceptedCount() + change.accepted());
        locked.setAnswerCount(locked.getAnswerCount() + change.answers());
        locked.setQuestionCount(locked.getQuestionCount() + change.questions());
        locked.setPageCount(locked.getPageCount() + change.pages());
        locked.save();
    }

    /** @return the person's cells in these communities (one statement; none for no communities) */
    public List<ScoreCell> findCells(String personKey, Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.addAll(ints(communityIds));
        return Arrays.stream(ao.find(ExpertiseScoreEntity.class, Query.select().where(
                        ExpertiseScoreEntity.PERSON_KEY + " = ? AND " + ExpertiseScoreEntity.COMMUNITY_ID + " IN ("
                                + placeholders(communityIds.size()) + ")", parameters.toArray())))
                .map(EvidenceDao::toCell).toList();
    }

    /** @return every cell, for the rebuild check and tests */
    public List<ScoreCell> findAllCells() {
        return Arrays.stream(ao.find(ExpertiseScoreEntity.class)).map(EvidenceDao::toCell).toList();
    }

    /** @return every item, for the rebuild check and tests */
    public List<EvidenceItem> findAllItems() {
        return Arrays.stream(ao.find(EvidenceEntity.class)).map(EvidenceDao::toItem).toList();
    }

    /**
     * @return the person's items in these communities (and these topics, unless {@code topics} is empty), newest first,
     *         at most {@code limit} (one statement)
     */
    public List<EvidenceItem> findForPerson(String personKey, Collection<String> topics, Collection<Long> communityIds,
                                            int limit) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.addAll(ints(communityIds));
        String where = EvidenceEntity.PERSON_KEY + " = ? AND " + EvidenceEntity.COMMUNITY_ID + " IN ("
                + placeholders(communityIds.size()) + ")";
        if (!topics.isEmpty()) {
            where += " AND " + EvidenceEntity.TOPIC + " IN (" + placeholders(topics.size()) + ")";
            parameters.addAll(topics);
        }
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(where, parameters.toArray())
                        .order(EvidenceEntity.OCCURRED_AT + " DESC, " + EvidenceEntity.ID + " DESC").limit(limit)))
                .map(EvidenceDao::toItem).toList();
    }

    /**
     * @return these people's items in these topics and communities, strongest (most points, then newest) first, at
     *         most {@code limit} in all (one statement)
     */
    public List<EvidenceItem> findStrongest(Collection<String> personKeys, Collection<String> topics,
                                            Collection<Long> communityIds, int limit) {
        if (personKeys.isEmpty() || topics.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(personKeys);
        parameters.addAll(topics);
        parameters.addAll(ints(communityIds));
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.PERSON_KEY + " IN ("
                                + placeholders(personKeys.size()) + ") AND " + EvidenceEntity.TOPIC + " IN ("
                                + placeholders(topics.size()) + ") AND " + EvidenceEntity.COMMUNITY_ID + " IN ("
                                + placeholders(communityIds.size()) + ")", parameters.toArray())
                        .order(EvidenceEntity.POINTS + " DESC, " + EvidenceEntity.OCCURRED_AT + " DESC, "
                                + EvidenceEntity.ID + " DESC").limit(limit)))
                .map(EvidenceDao::toItem).toList();
    }

    /** @return the person's items of that kind for that post, one per topic (none when it is not theirs) */
    public List<EvidenceItem> findPost(String personKey, EvidenceKind kind, long postId) {
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.PERSON_KEY
                                + " = ? AND " + EvidenceEntity.KIND + " = ? AND " + EvidenceEntity.POST_ID + " = ?",
                        personKey, kind.id(), postId)))
                .map(EvidenceDao::toItem).toList();
    }

    /**
     * The people with the most (decayed) evidence in any of the topics, over these communities: one grouped statement
     * over the score cells ({@code es_topic_rank} index).
     */
    public List<RankedPerson> rank(Collection<String> topics, Collection<Long> communityIds, int limit) {
        if (topics.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", SUM(" + quote
                        + ExpertiseScoreEntity.WEIGHTED + quote + ") AS W, SUM(" + quote
                        + ExpertiseScoreEntity.ACCEPTED_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.ANSWER_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.QUESTION_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.PAGE_COUNT + quote + ") FROM " + quote + SCORE_TABLE + quote
                        + " WHERE " + quote + ExpertiseScoreEntity.TOPIC + quote + " IN ("
                        + placeholders(topics.size()) + ") AND " + quote + ExpertiseScoreEntity.COMMUNITY_ID + quote
                        + " IN (" + placeholders(communityIds.size()) + ") GROUP BY " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote + " ORDER BY W DESC, " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote,
                concat(topics, ints(communityIds)), limit,
                row -> new RankedPerson(row.getString(1), row.getDouble(2), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6)));
    }

    /**
     * The people with the most (decayed) evidence in any topic of these communities: {@link #rank} without the topic
     * filter (one grouped statement over the score cells). Routing draws candidates from it besides the topic ranking.
     */
    public List<RankedPerson> rankAllTopics(Collection<Long> communityIds, int limit) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", SUM(" + quote
                        + ExpertiseScoreEntity.WEIGHTED + quote + ") AS W, SUM(" + quote
                        + ExpertiseScoreEntity.ACCEPTED_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.ANSWER_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.QUESTION_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.PAGE_COUNT + quote + ") FROM " + quote + SCORE_TABLE + quote
                        + " WHERE " + quote + ExpertiseScoreEntity.COMMUNITY_ID + quote
                        + " IN (" + placeholders(communityIds.size()) + ") GROUP BY " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote + " ORDER BY W DESC, " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote,
                new ArrayList<>(ints(communityIds)), limit,
                row -> new RankedPerson(row.getString(1), row.getDouble(2), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6)));
    }

    /**
     * @return every item of these people in these communities, all topics (one statement); routing sums each piece of
     *         work once from them, however many topics it carries
     */
    public List<EvidenceItem> findForPeople(Collection<String> personKeys, Collection<Long> communityIds) {
        if (personKeys.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(personKeys);
        parameters.addAll(ints(communityIds));
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.PERSON_KEY + " IN ("
                        + placeholders(personKeys.size()) + ") AND " + EvidenceEntity.COMMUNITY_ID + " IN ("
                        + placeholders(communityIds.size()) + ")", parameters.toArray())))
                .map(EvidenceDao::toItem).toList();
    }

    /**
     * The people with the most accepted answers (then answers, then answer points) since {@code since} in these
     * communities, in one topic or all: one grouped statement over the evidence items.
     */
    public List<Contributor> topContributors(Collection<Long> communityIds, Optional<String> topic, Instant since,
                                             int limit) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(EvidenceKind.ACCEPTED.id());
        parameters.add(EvidenceKind.ANSWER.id());
        parameters.add(EvidenceKind.ANSWER.id());
        parameters.addAll(ints(communityIds));
        parameters.add(Timestamp.from(since));
        topic.ifPresent(parameters::add);
        return query(quote -> {
                    String kind = quote + EvidenceEntity.KIND + quote;
                    String post = quote + EvidenceEntity.POST_ID + quote;
                    return "SELECT " + quote + EvidenceEntity.PERSON_KEY + quote
                            + ", COUNT(DISTINCT CASE WHEN " + kind + " = ? THEN " + post + " END) AS A"
                            + ", COUNT(DISTINCT CASE WHEN " + kind + " = ? THEN " + post + " END) AS N"
                            + ", SUM(CASE WHEN " + kind + " = ? THEN " + quote + EvidenceEntity.POINTS + quote
                            + " ELSE 0 END) AS P FROM " + quote + EVIDENCE_TABLE + quote + " WHERE " + quote
                            + EvidenceEntity.COMMUNITY_ID + quote + " IN (" + placeholders(communityIds.size())
                            + ") AND " + quote + EvidenceEntity.OCCURRED_AT + quote + " >= ?"
                            + (topic.isPresent() ? " AND " + quote + EvidenceEntity.TOPIC + quote + " = ?" : "")
                            + " GROUP BY " + quote + EvidenceEntity.PERSON_KEY + quote
                            + " ORDER BY A DESC, N DESC, P DESC, " + quote + EvidenceEntity.PERSON_KEY + quote;
                }, parameters, limit,
                row -> new Contributor(row.getString(1), row.getInt(2), row.getInt(3), row.getDouble(4)));
    }

    /**
     * Removes every item derived from Q&A, and every cell: the first step of a full rebuild. Page items stay (they come
     * from Confluence's events, which cannot be replayed); the rebuild counts them into the cells again. Call inside a
     * transaction.
     */
    public void deleteAllButPages() {
        ao.deleteWithSQL(EvidenceEntity.class, EvidenceEntity.KIND + " <> ?", EvidenceKind.PAGE.id());
        ao.deleteWithSQL(ExpertiseScoreEntity.class, ExpertiseScoreEntity.ID + " > ?", 0);
    }

    /** @return page items with a row id above {@code afterId}, by id, at most {@code limit} (the rebuild's batches) */
    public List<StoredItem> pageItemsAfter(long afterId, int limit) {
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.KIND + " = ? AND "
                        + EvidenceEntity.ID + " > ?", EvidenceKind.PAGE.id(), (int) afterId)
                        .order(EvidenceEntity.ID).limit(limit)))
                .map(entity -> new StoredItem(entity.getID(), toItem(entity))).toList();
    }

    /** @return every person's items for one page or blog post, all topics (one statement) */
    public List<StoredItem> findPage(long contentId) {
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.KIND + " = ? AND "
                        + EvidenceEntity.POST_ID + " = ?", EvidenceKind.PAGE.id(), contentId)))
                .map(entity -> new StoredItem(entity.getID(), toItem(entity))).toList();
    }

    /**
     * @return these people's page items in these communities (and these topics, unless {@code topics} is empty), at most
     *         {@code limit} (one statement): readers subtract the pages Confluence hides from them
     */
    public List<EvidenceItem> findPages(Collection<String> personKeys, Collection<String> topics,
                                        Collection<Long> communityIds, int limit) {
        if (personKeys.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(EvidenceKind.PAGE.id());
        parameters.addAll(personKeys);
        parameters.addAll(ints(communityIds));
        String where = EvidenceEntity.KIND + " = ? AND " + EvidenceEntity.PERSON_KEY + " IN ("
                + placeholders(personKeys.size()) + ") AND " + EvidenceEntity.COMMUNITY_ID + " IN ("
                + placeholders(communityIds.size()) + ")";
        if (!topics.isEmpty()) {
            where += " AND " + EvidenceEntity.TOPIC + " IN (" + placeholders(topics.size()) + ")";
            parameters.addAll(topics);
        }
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(where, parameters.toArray())
                        .limit(limit)))
                .map(EvidenceDao::toItem).toList();
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(Function<String, String> statement, List<Object> parameters, int limit,
                              RowReader<T> reader) {
        return sql.createExecutor().execute(connection -> {
            try {
                String quote = quote(connection);
                try (PreparedStatement select = connection.prepareStatement(statement.apply(quote))) {
                    for (int i = 0; i < parameters.size(); i++) {
                        select.setObject(i + 1, parameters.get(i));
                    }
                    // setMaxRows instead of LIMIT: every database Confluence supports honours it
                    select.setMaxRows(limit);
                    List<T> rows = new ArrayList<>();
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next() && rows.size() < limit) {
                            rows.add(reader.read(result));
                        }
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read expertise rankings", e);
            }
        });
    }

    private static String quote(Connection connection) throws SQLException {
        return connection.getMetaData().getIdentifierQuoteString().trim();
    }

    private static List<Object> concat(Collection<String> first, List<Integer> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    static List<Integer> ints(Collection<Long> ids) {
        return ids.stream().map(Long::intValue).toList();
    }

    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static EvidenceItem toItem(EvidenceEntity entity) {
        return new EvidenceItem(entity.getPersonKey(), entity.getTopic(), entity.getCommunityId(),
                EvidenceKind.parse(entity.getKind()).orElseThrow(), entity.getPostId(),
                entity.getQuestionId() == null ? null : entity.getQuestionId().longValue(), entity.getPoints(),
                entity.getOccurredAt().toInstant());
    }

    private static ScoreCell toCell(ExpertiseScoreEntity entity) {
        return new ScoreCell(entity.getPersonKey(), entity.getTopic(), entity.getCommunityId(), entity.getWeighted(),
                entity.getPoints(), entity.getItemCount(), entity.getAcceptedCount(), entity.getAnswerCount(),
                entity.getQuestionCount(), entity.getPageCount());
    }
}

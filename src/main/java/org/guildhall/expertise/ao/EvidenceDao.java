package org.guildhall.expertise.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.guildhall.expertise.Contributor;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.RankedPerson;
import org.guildhall.expertise.ScoreCell;
import org.guildhall.expertise.ScoreChange;
import org.guildhall.platform.RowLimit;
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
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/**
 * The only code that reads and writes evidence items and score cells. Rankings (sums over several communities and
 * topics, grouped by person) go through SAL's executor because Active Objects cannot select aggregates; each is one
 * statement over the indexed score table, whatever the number of people.
 */
@Component
public class EvidenceDao {

    /**
     * The topic of a person's general cell in a community: their work there in any topic, each piece counted once (an
     * answer to a question with three topics counts once, not three times). Not a valid topic name, so no topic
     * query ever reads it; routing ranks by it.
     */
    public static final String GENERAL_TOPIC = "*";

    static final String EVIDENCE_TABLE = "AO_A368F0_EXPERT_EVIDENCE";
    static final String SCORE_TABLE = "AO_A368F0_EXPERT_SCORE";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    /** How often this node changed each topic's sums, and all of them (a rebuild): for readers that keep sums a while. */
    private final Map<String, Long> topicChanges = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong allChanges = new java.util.concurrent.atomic.AtomicLong();

    /** Whether the database takes a set of communities as one bitmap parameter (PostgreSQL); found on first use. */
    private volatile Boolean bitmaps;

    public EvidenceDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /**
     * @return true when the reads here bind any number of communities as one parameter (a bitmap, on PostgreSQL, see
     *         {@link #inCommunities}): then a reader's every community (thousands) costs one parameter, and callers
     *         pass all they may see instead of first asking where the people have work. Elsewhere each community is
     *         a parameter of an {@code IN} list, and callers should pass as few as they can.
     */
    public boolean takesAnyNumberOfCommunities() {
        Boolean known = bitmaps;
        if (known == null) {
            known = sql.createExecutor().execute(connection -> {
                try {
                    return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                            .contains("postgres");
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not read the database's name", e);
                }
            });
            bitmaps = known;
        }
        return known;
    }

    /**
     * Adds the communities to the parameters and returns the condition on the (quoted) column. On PostgreSQL: one
     * bitmap, bit {@code id} set for each community ({@code GET_BIT} numbers bits from the right within each byte),
     * tested in constant time per row. An array with {@code = ANY (?)} would say the same, but in a prepared
     * statement's generic plan PostgreSQL compares each row with every element in turn (no hashing of a parameter),
     * and where the column is in an index it probes the index once per element: for a reader who sees 2,000
     * communities, milliseconds per thousand rows. Elsewhere {@code IN (?, …)}.
     */
    private String inCommunities(String column, Collection<Long> communityIds, List<Object> parameters) {
        if (takesAnyNumberOfCommunities()) {
            byte[] bits = bitmap(communityIds);
            parameters.add(bits.length * 8);
            parameters.add(bits);
            return "(CASE WHEN " + column + " >= 0 AND " + column + " < ? THEN GET_BIT(CAST(? AS BYTEA), " + column
                    + ") ELSE 0 END) = 1";
        }
        parameters.addAll(ints(communityIds));
        return column + " IN (" + placeholders(communityIds.size()) + ")";
    }

    /** @return bit {@code id} set for each id, as PostgreSQL's {@code GET_BIT} on a {@code bytea} reads it */
    static byte[] bitmap(Collection<Long> ids) {
        long highest = ids.stream().mapToLong(Long::longValue).max().orElse(0);
        if (highest > Integer.MAX_VALUE - 8L) {
            throw new IllegalArgumentException("Community ids are integers, not " + highest);
        }
        byte[] bits = new byte[(int) (highest / 8) + 1];
        for (long id : ids) {
            if (id >= 0) {
                bits[(int) (id / 8)] |= (byte) (1 << (id % 8));
            }
        }
        return bits;
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
        if (!GENERAL_TOPIC.equals(topic)) {
            addToTopic(personKey, topic, change);
        }
        String key = scoreKey(communityId, topic, personKey);
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
        ExpertiseScoreEntity locked = locked(ExpertiseScoreEntity.class, found[0],
                ExpertiseScoreEntity::getLockToken, ExpertiseScoreEntity::setLockToken, ExpertiseScoreEntity.SCORE_KEY,
                key);
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

    /** The same for the person's all-communities sum in the topic ({@link ExpertTopicScoreEntity}). */
    private void addToTopic(String personKey, String topic, ScoreChange change) {
        topicChanges.merge(topic, 1L, Long::sum);
        String key = topicKey(topic, personKey);
        ExpertTopicScoreEntity[] found = ao.find(ExpertTopicScoreEntity.class,
                Query.select().where(ExpertTopicScoreEntity.TOPIC_KEY + " = ?", key));
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(ExpertTopicScoreEntity.PERSON_KEY, personKey);
            row.put(ExpertTopicScoreEntity.TOPIC, topic);
            row.put(ExpertTopicScoreEntity.TOPIC_KEY, key);
            row.put(ExpertTopicScoreEntity.WEIGHTED, change.weighted());
            row.put(ExpertTopicScoreEntity.ITEM_COUNT, change.items());
            row.put(ExpertTopicScoreEntity.LOCK_TOKEN, 0);
            ao.create(ExpertTopicScoreEntity.class, row);
            return;
        }
        ExpertTopicScoreEntity locked = locked(ExpertTopicScoreEntity.class, found[0],
                ExpertTopicScoreEntity::getLockToken, ExpertTopicScoreEntity::setLockToken,
                ExpertTopicScoreEntity.TOPIC_KEY, key);
        int items = locked.getItemCount() + change.items();
        if (items <= 0) {
            ao.delete(locked);
            return;
        }
        locked.setWeighted(locked.getWeighted() + change.weighted());
        locked.setItemCount(items);
        locked.save();
    }

    /**
     * Writes the row's lock token, which takes the row's lock until the transaction ends, then reads the row again
     * (what a concurrent transaction committed before is now visible and cannot change).
     */
    private <E extends Entity> E locked(Class<E> type, E row, ToIntFunction<E> token, ObjIntConsumer<E> setToken,
                                        String keyColumn, String key) {
        int current = token.applyAsInt(row);
        setToken.accept(row, current == Integer.MAX_VALUE ? 0 : current + 1);
        row.save();
        return ao.find(type, Query.select().where(keyColumn + " = ?", key))[0];
    }

    /**
     * @return a number that grows whenever this node changes the topic's sums (or rebuilds all): a reader that keeps
     *         what it read may keep it while the number stays the same. Changes made on other nodes do not count.
     */
    public long changesOf(String topic) {
        return allChanges.get() + topicChanges.getOrDefault(topic, 0L);
    }

    /** @return the unique key of a person's all-communities row in a topic */
    public static String topicKey(String topic, String personKey) {
        return topic + ":" + personKey;
    }

    /** A person's all-communities sum in a topic: an upper bound of what any reader may count of it. */
    public record TopicScore(String personKey, String topic, double weighted) {
    }

    /**
     * The pre-ranked read: the people with the highest sums in the topic, best first (ties by user key, descending),
     * at most {@code limit} (one indexed statement). Over every community ({@code et_topic_rank}), or over one
     * community ({@code es_topic_rank}, exact for it). Each index holds the order exactly (read backwards), so the
     * database stops after {@code limit} rows: with ties in the other direction PostgreSQL's generic plan sorted every
     * row of the topic (18,000 in the busiest community of the benchmark) for each read.
     */
    public List<TopicScore> rankTopic(String topic, Optional<Long> communityId, int limit) {
        if (communityId.isPresent()) {
            return Arrays.stream(ao.find(ExpertiseScoreEntity.class, Query.select().where(ExpertiseScoreEntity.TOPIC
                                    + " = ? AND " + ExpertiseScoreEntity.COMMUNITY_ID + " = ?", topic,
                            communityId.get().intValue()).order(ExpertiseScoreEntity.WEIGHTED + " DESC, "
                            + ExpertiseScoreEntity.PERSON_KEY + " DESC").limit(limit)))
                    .map(cell -> new TopicScore(cell.getPersonKey(), cell.getTopic(), cell.getWeighted())).toList();
        }
        return Arrays.stream(ao.find(ExpertTopicScoreEntity.class, Query.select().where(ExpertTopicScoreEntity.TOPIC
                        + " = ?", topic).order(ExpertTopicScoreEntity.WEIGHTED + " DESC, "
                        + ExpertTopicScoreEntity.PERSON_KEY + " DESC").limit(limit)))
                .map(EvidenceDao::toTopicScore).toList();
    }

    /**
     * The pre-ranked read of a profile: the person's topics with the highest sums, best first (ties by topic,
     * descending), at most {@code limit} (one indexed statement, {@code et_person_rank}, read backwards in its order).
     */
    public List<TopicScore> topTopics(String personKey, int limit) {
        return Arrays.stream(ao.find(ExpertTopicScoreEntity.class, Query.select().where(
                        ExpertTopicScoreEntity.PERSON_KEY + " = ?", personKey).order(ExpertTopicScoreEntity.WEIGHTED
                        + " DESC, " + ExpertTopicScoreEntity.TOPIC + " DESC").limit(limit)))
                .map(EvidenceDao::toTopicScore).toList();
    }

    /** @return every all-communities row, for the rebuild check and tests */
    public List<TopicScore> findAllTopicScores() {
        return Arrays.stream(ao.find(ExpertTopicScoreEntity.class)).map(EvidenceDao::toTopicScore).toList();
    }

    /**
     * @return these people's sums in any of the topics, one per person and community where they have any (one grouped
     *         statement over their cells, {@code es_person}; topic {@code null}). No community filter in the statement:
     *         a reader may see thousands of communities, and a list of them as parameters costs more than the few
     *         cells of the candidates, which callers filter for the reader.
     */
    public List<ScoreCell> sumPerCommunity(Collection<String> personKeys, Collection<String> topics) {
        if (personKeys.isEmpty() || topics.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(personKeys);
        parameters.addAll(topics);
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", " + quote
                        + ExpertiseScoreEntity.COMMUNITY_ID + quote + ", " + sums(quote) + " FROM " + quote
                        + SCORE_TABLE + quote + " WHERE " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + " IN ("
                        + placeholders(personKeys.size()) + ") AND " + quote + ExpertiseScoreEntity.TOPIC + quote
                        + " IN (" + placeholders(topics.size()) + ") GROUP BY " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote + ", " + quote + ExpertiseScoreEntity.COMMUNITY_ID
                        + quote, parameters, Integer.MAX_VALUE,
                row -> new ScoreCell(row.getString(1), null, row.getLong(2), row.getDouble(3), row.getDouble(4),
                        row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9)));
    }

    /**
     * @return the communities where the person has any cell (one indexed statement, {@code es_person}): every
     *         community holding any of their evidence items, since every item is summed into a cell of its community.
     *         Readers intersect it with what they may see and pass that short list on instead of all they may see.
     */
    public java.util.Set<Long> communitiesWithWork(String personKey) {
        return new java.util.HashSet<>(query(quote -> "SELECT DISTINCT " + quote + ExpertiseScoreEntity.COMMUNITY_ID
                        + quote + " FROM " + quote + SCORE_TABLE + quote + " WHERE " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote + " = ?", List.<Object>of(personKey),
                Integer.MAX_VALUE, row -> row.getLong(1)));
    }

    /**
     * @return the person's exact sums per topic over these communities, for these topics only (one grouped statement
     *         over their cells; at most one row per topic, {@code communityId} 0)
     */
    public List<ScoreCell> sumTopics(String personKey, Collection<String> topics, Collection<Long> communityIds) {
        if (topics.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.addAll(topics);
        String communities = inCommunities("%1$s" + ExpertiseScoreEntity.COMMUNITY_ID + "%1$s", communityIds,
                parameters);
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.TOPIC + quote + ", " + sums(quote)
                        + " FROM " + quote + SCORE_TABLE + quote + " WHERE " + quote + ExpertiseScoreEntity.PERSON_KEY
                        + quote + " = ? AND " + quote + ExpertiseScoreEntity.TOPIC + quote + " IN ("
                        + placeholders(topics.size()) + ") AND " + String.format(communities, quote) + " GROUP BY "
                        + quote + ExpertiseScoreEntity.TOPIC + quote, parameters, topics.size(),
                row -> new ScoreCell(personKey, row.getString(1), 0, row.getDouble(2), row.getDouble(3),
                        row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)));
    }

    /** A cell's figures, in the order {@link ScoreCell} takes them after its keys. */
    private static final List<String> CELL_FIGURES = List.of(ExpertiseScoreEntity.WEIGHTED,
            ExpertiseScoreEntity.POINTS, ExpertiseScoreEntity.ITEM_COUNT, ExpertiseScoreEntity.ACCEPTED_COUNT,
            ExpertiseScoreEntity.ANSWER_COUNT, ExpertiseScoreEntity.QUESTION_COUNT, ExpertiseScoreEntity.PAGE_COUNT);

    private static String sums(String quote) {
        return String.join(", ", CELL_FIGURES.stream().map(column -> "SUM(" + quote + column + quote + ")").toList());
    }

    /**
     * @return each person's strongest items (most points, then newest) in each of these topics over these communities,
     *         at most {@code each} per person and topic, by person and topic, strongest first (one statement: a window
     *         over their {@code ev_person_topic} ranges), so that nobody's many items crowd out another's
     */
    public List<EvidenceItem> findStrongest(Collection<String> personKeys, Collection<String> topics,
                                            Collection<Long> communityIds, int each) {
        if (personKeys.isEmpty() || topics.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(personKeys);
        parameters.addAll(topics);
        String communities = inCommunities("%1$s" + EvidenceEntity.COMMUNITY_ID + "%1$s", communityIds, parameters);
        parameters.add(each);
        return query(quote -> {
                    String person = quote + EvidenceEntity.PERSON_KEY + quote;
                    String topic = quote + EvidenceEntity.TOPIC + quote;
                    String columns = String.join(", ", java.util.stream.Stream.of(EvidenceEntity.PERSON_KEY,
                            EvidenceEntity.TOPIC, EvidenceEntity.COMMUNITY_ID, EvidenceEntity.KIND,
                            EvidenceEntity.POST_ID, EvidenceEntity.QUESTION_ID, EvidenceEntity.POINTS,
                            EvidenceEntity.OCCURRED_AT).map(column -> quote + column + quote).toList());
                    return "SELECT " + columns + " FROM (SELECT " + columns + ", ROW_NUMBER() OVER (PARTITION BY "
                            + person + ", " + topic + " ORDER BY " + quote + EvidenceEntity.POINTS + quote
                            + " DESC, " + quote + EvidenceEntity.OCCURRED_AT + quote + " DESC, " + quote
                            + EvidenceEntity.ID + quote + " DESC) AS RN FROM " + quote + EVIDENCE_TABLE + quote
                            + " WHERE " + person + " IN (" + placeholders(personKeys.size()) + ") AND " + topic
                            + " IN (" + placeholders(topics.size()) + ") AND " + String.format(communities, quote)
                            + ") STRONGEST WHERE RN <= ?"
                            + " ORDER BY " + person + ", " + topic + ", RN";
                }, parameters, personKeys.size() * topics.size() * each,
                EvidenceDao::readItem);
    }

    /** The item columns in the order {@link #readItem} reads them. */
    private static String itemColumns(String quote) {
        return String.join(", ", java.util.stream.Stream.of(EvidenceEntity.PERSON_KEY, EvidenceEntity.TOPIC,
                EvidenceEntity.COMMUNITY_ID, EvidenceEntity.KIND, EvidenceEntity.POST_ID, EvidenceEntity.QUESTION_ID,
                EvidenceEntity.POINTS, EvidenceEntity.OCCURRED_AT).map(column -> quote + column + quote).toList());
    }

    private static EvidenceItem readItem(ResultSet row) throws SQLException {
        return new EvidenceItem(row.getString(1), row.getString(2), row.getInt(3),
                EvidenceKind.parse(row.getString(4)).orElseThrow(), row.getLong(5),
                row.getObject(6) == null ? null : row.getLong(6), row.getDouble(7),
                row.getTimestamp(8).toInstant());
    }

    /** Where a page of a person's items ends: the last item's time and post. */
    public record ItemPosition(Instant occurredAt, long postId) {
    }

    /**
     * @return the person's newest items of one kind in these communities, newest first (then by post id, highest
     *         first), after {@code after} when given (keyset paging), at most {@code limit} (one statement,
     *         {@code ev_person_time})
     */
    public List<EvidenceItem> findRecent(String personKey, EvidenceKind kind, Collection<Long> communityIds,
                                         Optional<ItemPosition> after, int limit) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.add(kind.id());
        String communities = inCommunities("%1$s" + EvidenceEntity.COMMUNITY_ID + "%1$s", communityIds, parameters);
        after.ifPresent(position -> {
            Timestamp at = Timestamp.from(position.occurredAt());
            parameters.add(at);
            parameters.add(at);
            parameters.add(position.postId());
        });
        return query(quote -> {
                    String occurred = quote + EvidenceEntity.OCCURRED_AT + quote;
                    String post = quote + EvidenceEntity.POST_ID + quote;
                    return "SELECT " + itemColumns(quote) + " FROM " + quote + EVIDENCE_TABLE + quote + " WHERE "
                            + quote + EvidenceEntity.PERSON_KEY + quote + " = ? AND " + quote + EvidenceEntity.KIND
                            + quote + " = ? AND " + String.format(communities, quote)
                            + (after.isPresent() ? " AND (" + occurred + " < ? OR (" + occurred + " = ? AND " + post
                            + " < ?))" : "") + " ORDER BY " + occurred + " DESC, " + post + " DESC";
                }, parameters, limit, true, EvidenceDao::readItem);
    }

    /** @return the person's topic cells in these communities, general cells left out (one statement) */
    public List<ScoreCell> findCells(String personKey, Collection<Long> communityIds) {
        if (communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.add(GENERAL_TOPIC);
        parameters.addAll(ints(communityIds));
        return Arrays.stream(ao.find(ExpertiseScoreEntity.class, Query.select().where(
                        ExpertiseScoreEntity.PERSON_KEY + " = ? AND " + ExpertiseScoreEntity.TOPIC + " <> ? AND "
                                + ExpertiseScoreEntity.COMMUNITY_ID + " IN (" + placeholders(communityIds.size())
                                + ")", parameters.toArray())))
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

    /** @return the person's answer items for these answers, one per topic (one statement; none for no answers) */
    public List<EvidenceItem> findAnswerItems(String personKey, Collection<Long> answerIds) {
        if (answerIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(personKey);
        parameters.add(EvidenceKind.ANSWER.id());
        parameters.addAll(answerIds.stream().distinct().toList());
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.PERSON_KEY
                                + " = ? AND " + EvidenceEntity.KIND + " = ? AND " + EvidenceEntity.POST_ID + " IN ("
                                + placeholders((int) answerIds.stream().distinct().count()) + ")",
                        parameters.toArray())))
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
        List<Object> parameters = new ArrayList<>(topics);
        String communities = inCommunities("%1$s" + ExpertiseScoreEntity.COMMUNITY_ID + "%1$s", communityIds,
                parameters);
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", SUM(" + quote
                        + ExpertiseScoreEntity.WEIGHTED + quote + ") AS W, SUM(" + quote
                        + ExpertiseScoreEntity.ACCEPTED_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.ANSWER_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.QUESTION_COUNT + quote + "), SUM(" + quote
                        + ExpertiseScoreEntity.PAGE_COUNT + quote + ") FROM " + quote + SCORE_TABLE + quote
                        + " WHERE " + quote + ExpertiseScoreEntity.TOPIC + quote + " IN ("
                        + placeholders(topics.size()) + ") AND " + String.format(communities, quote) + " GROUP BY "
                        + quote + ExpertiseScoreEntity.PERSON_KEY + quote + " ORDER BY W DESC, " + quote
                        + ExpertiseScoreEntity.PERSON_KEY + quote,
                parameters, limit,
                row -> new RankedPerson(row.getString(1), row.getDouble(2), row.getInt(3), row.getInt(4),
                        row.getInt(5), row.getInt(6)));
    }

    /**
     * The people with the most work in the community, each piece once whatever its topics, best first (ties by user
     * key), at most {@code limit}: their general cells, one indexed statement with a limit ({@code es_topic_rank}).
     * Routing draws candidates from it besides the topic ranking.
     */
    public List<TopicScore> rankGeneral(long communityId, int limit) {
        return rankTopic(GENERAL_TOPIC, Optional.of(communityId), limit);
    }

    /** @return the unique key of the cell of a person, topic and community ({@code SCORE_KEY}) */
    static String scoreKey(long communityId, String topic, String personKey) {
        return communityId + ":" + topic + ":" + personKey;
    }

    /**
     * @return these people's cells in one community, in these topics and their general cells (at most one row per
     *         person and topic), looked up by their unique keys ({@code SCORE_KEY}, one statement per
     *         {@value #KEYS_PER_STATEMENT} cells); routing ranks its candidates from them. By key because any other
     *         condition left PostgreSQL's generic plan a choice, and it chose to read the community's every cell in the
     *         topics (23,000 in the busiest community of the benchmark) or the candidates' cells in every community.
     */
    public List<ScoreCell> findRoutingCells(Collection<String> personKeys, long communityId,
                                            Collection<String> topics) {
        List<Object> keys = new ArrayList<>();
        Set<String> cellTopics = new java.util.LinkedHashSet<>(topics);
        cellTopics.add(GENERAL_TOPIC);
        for (String personKey : new java.util.LinkedHashSet<>(personKeys)) {
            cellTopics.forEach(topic -> keys.add(scoreKey(communityId, topic, personKey)));
        }
        List<ScoreCell> cells = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += KEYS_PER_STATEMENT) {
            List<Object> slice = keys.subList(start, Math.min(keys.size(), start + KEYS_PER_STATEMENT));
            cells.addAll(query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", " + quote
                            + ExpertiseScoreEntity.TOPIC + quote + ", "
                            + String.join(", ", CELL_FIGURES.stream().map(column -> quote + column + quote).toList())
                            + " FROM " + quote + SCORE_TABLE + quote + " WHERE " + quote + ExpertiseScoreEntity.SCORE_KEY
                            + quote + " IN (" + placeholders(slice.size()) + ")", slice, Integer.MAX_VALUE,
                    row -> new ScoreCell(row.getString(1), row.getString(2), communityId, row.getDouble(3),
                            row.getDouble(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8),
                            row.getInt(9))));
        }
        return cells;
    }

    /** The most cell keys one statement lists (Oracle takes at most 1,000 in a list). */
    static final int KEYS_PER_STATEMENT = 500;

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
     * Removes every item derived from Q&A, and every cell and all-communities sum: the first step of a full rebuild. Page items stay (they come
     * from Confluence's events, which cannot be replayed); the rebuild counts them into the cells again. Call inside a
     * transaction.
     */
    public void deleteAllButPages() {
        allChanges.incrementAndGet();
        ao.deleteWithSQL(EvidenceEntity.class, EvidenceEntity.KIND + " <> ?", EvidenceKind.PAGE.id());
        ao.deleteWithSQL(ExpertiseScoreEntity.class, ExpertiseScoreEntity.ID + " > ?", 0);
        ao.deleteWithSQL(ExpertTopicScoreEntity.class, ExpertTopicScoreEntity.ID + " > ?", 0);
    }

    /**
     * @return the ids of pages with items above {@code afterPostId}, in order, at most {@code limit} (the rebuild's
     *         batches: each batch takes whole pages, so each piece of work is counted once in the general cells)
     */
    public List<Long> pagesAfter(long afterPostId, int limit) {
        return query(quote -> "SELECT DISTINCT " + quote + EvidenceEntity.POST_ID + quote + " FROM " + quote
                        + EVIDENCE_TABLE + quote + " WHERE " + quote + EvidenceEntity.KIND + quote + " = ? AND "
                        + quote + EvidenceEntity.POST_ID + quote + " > ? ORDER BY " + quote + EvidenceEntity.POST_ID
                        + quote, List.<Object>of(EvidenceKind.PAGE.id(), afterPostId), limit, row -> row.getLong(1));
    }

    /** @return every item of these pages and blog posts (one statement) */
    public List<EvidenceItem> findPageItems(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(EvidenceKind.PAGE.id());
        parameters.addAll(contentIds);
        return Arrays.stream(ao.find(EvidenceEntity.class, Query.select().where(EvidenceEntity.KIND + " = ? AND "
                        + EvidenceEntity.POST_ID + " IN (" + placeholders(contentIds.size()) + ")",
                        parameters.toArray())))
                .map(EvidenceDao::toItem).toList();
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
        String communities = inCommunities("%1$s" + EvidenceEntity.COMMUNITY_ID + "%1$s", communityIds, parameters);
        parameters.addAll(topics);
        return query(quote -> "SELECT " + itemColumns(quote) + " FROM " + quote + EVIDENCE_TABLE + quote + " WHERE "
                        + quote + EvidenceEntity.KIND + quote + " = ? AND " + quote + EvidenceEntity.PERSON_KEY + quote
                        + " IN (" + placeholders(personKeys.size()) + ") AND " + String.format(communities, quote)
                        + (topics.isEmpty() ? "" : " AND " + quote + EvidenceEntity.TOPIC + quote + " IN ("
                        + placeholders(topics.size()) + ")"), parameters, limit, EvidenceDao::readItem);
    }

    /**
     * @return each person's sums over their cells in any of the topics in these communities, one row per person with
     *         any (one grouped statement over their cells, {@code es_person}); with
     *         {@link #takesAnyNumberOfCommunities()} the communities are one parameter however many a reader sees
     */
    public List<RankedPerson> sumPeople(Collection<String> personKeys, Collection<String> topics,
                                        Collection<Long> communityIds) {
        if (personKeys.isEmpty() || topics.isEmpty() || communityIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(personKeys);
        parameters.addAll(topics);
        String communities = inCommunities("%1$s" + ExpertiseScoreEntity.COMMUNITY_ID + "%1$s", communityIds,
                parameters);
        return query(quote -> "SELECT " + quote + ExpertiseScoreEntity.PERSON_KEY + quote + ", " + sums(quote)
                        + " FROM " + quote + SCORE_TABLE + quote + " WHERE " + quote + ExpertiseScoreEntity.PERSON_KEY
                        + quote + " IN (" + placeholders(personKeys.size()) + ") AND " + quote
                        + ExpertiseScoreEntity.TOPIC + quote + " IN (" + placeholders(topics.size()) + ") AND "
                        + String.format(communities, quote) + " GROUP BY " + quote + ExpertiseScoreEntity.PERSON_KEY
                        + quote, parameters, personKeys.size(),
                row -> new RankedPerson(row.getString(1), row.getDouble(2), row.getInt(5), row.getInt(6),
                        row.getInt(7), row.getInt(8)));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(Function<String, String> statement, List<Object> parameters, int limit,
                              RowReader<T> reader) {
        return query(statement, parameters, limit, false, reader);
    }

    /**
     * @param limitInStatement the statement ends with its {@code ORDER BY}: the limit is written after it too, so
     *                         that the planner reads an ordered index only as far as the limit ({@link RowLimit})
     */
    private <T> List<T> query(Function<String, String> statement, List<Object> parameters, int limit,
                              boolean limitInStatement, RowReader<T> reader) {
        return sql.createExecutor().execute(connection -> {
            try {
                String quote = quote(connection);
                String text = statement.apply(quote) + (limitInStatement
                        ? RowLimit.clause(connection.getMetaData().getDatabaseProductName(), limit) : "");
                try (PreparedStatement select = connection.prepareStatement(text)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        if (parameters.get(i) instanceof byte[] bytes) {
                            select.setBytes(i + 1, bytes);
                        } else {
                            select.setObject(i + 1, parameters.get(i));
                        }
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

    private static TopicScore toTopicScore(ExpertTopicScoreEntity entity) {
        return new TopicScore(entity.getPersonKey(), entity.getTopic(), entity.getWeighted());
    }

    private static ScoreCell toCell(ExpertiseScoreEntity entity) {
        return new ScoreCell(entity.getPersonKey(), entity.getTopic(), entity.getCommunityId(), entity.getWeighted(),
                entity.getPoints(), entity.getItemCount(), entity.getAcceptedCount(), entity.getAnswerCount(),
                entity.getQuestionCount(), entity.getPageCount());
    }
}

package org.guildhall.workbench.bench;

import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.ExpertiseScoring;
import org.guildhall.expertise.ScoreChange;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.EvidenceEntity;
import org.guildhall.expertise.ao.ExpertTopicScoreEntity;
import org.guildhall.expertise.ao.ExpertiseScoreEntity;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.workbench.db.WorkbenchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expertise evidence and score cells for the Q&amp;A data, as the app's incremental updates would have kept them: every
 * answer (points by its score), accepted answer and question gives one item per topic of its question, counted into
 * the cell of its author, topic and community, once into the author's general cell in the community, and into the
 * author's all-communities sum of the topic, with the app's own {@link ScoreChange} (so weights and decay are the
 * app's). Rows go in as JDBC batches; a full rebuild through the app would take one transaction per question.
 * Records the most frequent topics and the people with the most evidence for the expertise scenarios.
 * <p>
 * One open community gets no evidence at all, as one whose questions came in before expertise was switched on and was
 * never rebuilt: the open, enabled community of a space every user reads with the fewest questions (never the busiest
 * one). Asking there routes nobody, so {@code ask-unrouted} measures asking without routing.
 */
final class ExpertiseDataPart implements DatasetPart {

    /** Topics (newline-separated) with the most evidence, for find-an-expert requests. */
    static final String EXPERTISE_TOPICS = "expertise-topics";
    /** User keys (comma-separated) of people with much evidence, for profile pages. */
    static final String EXPERTISE_PEOPLE = "expertise-people";
    /** The space key of an open community without any evidence: routing finds nobody to ask there. */
    static final String UNROUTED_COMMUNITY = "expertise-unrouted-community";
    private static final int SCENARIO_VALUES = 100;

    @Override
    public String name() {
        return "expertise";
    }

    @Override
    public String description() {
        return "expertise evidence and score cells derived from every question and answer";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        try (Connection connection = context.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                Map<Integer, List<String>> topics = questionTopics(connection);
                Unrouted unrouted = unroutedCommunity(connection, context);
                Map<String, Cell> cells = new HashMap<>();
                Map<String, Cell> topicSums = new HashMap<>();
                Set<String> works = new HashSet<>();
                Map<String, Integer> topicItems = new HashMap<>();
                int items;
                try (InsertBatch evidence = new InsertBatch(connection, AoTables.insert("EXPERT_EVIDENCE",
                        EvidenceEntity.PERSON_KEY, EvidenceEntity.TOPIC, EvidenceEntity.COMMUNITY_ID,
                        EvidenceEntity.KIND, EvidenceEntity.POST_ID, EvidenceEntity.QUESTION_ID, EvidenceEntity.POINTS,
                        EvidenceEntity.OCCURRED_AT, EvidenceEntity.EVIDENCE_KEY))) {
                    Recorder recorder = item -> {
                        if (item.communityId() == unrouted.id()) {
                            return;
                        }
                        evidence.add(item.personKey(), item.topic(), (int) item.communityId(), item.kind().id(),
                                item.postId(), item.questionId().intValue(), item.points(),
                                Timestamp.from(item.occurredAt()), item.key());
                        cells.computeIfAbsent(item.communityId() + ":" + item.topic() + ":" + item.personKey(),
                                key -> new Cell(item.personKey(), item.topic(), item.communityId()))
                                .add(ScoreChange.of(item, 1));
                        topicSums.computeIfAbsent(EvidenceDao.topicKey(item.topic(), item.personKey()),
                                key -> new Cell(item.personKey(), item.topic(), 0)).add(ScoreChange.of(item, 1));
                        if (works.add(item.personKey() + "|" + item.kind().id() + "|" + item.postId())) {
                            cells.computeIfAbsent(item.communityId() + ":" + EvidenceDao.GENERAL_TOPIC + ":"
                                    + item.personKey(), key -> new Cell(item.personKey(), EvidenceDao.GENERAL_TOPIC,
                                    item.communityId())).add(ScoreChange.of(item, 1));
                        }
                        topicItems.merge(item.topic(), 1, Integer::sum);
                    };
                    answers(connection, topics, recorder);
                    questions(connection, topics, recorder);
                    items = evidence.finish();
                }
                context.created("expertise evidence", items);
                context.created("expertise score cells", insertCells(connection, cells));
                context.created("expertise topic sums", insertTopicSums(connection, topicSums));
                connection.commit();
                context.value(EXPERTISE_TOPICS, String.join("\n", topicItems.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(SCENARIO_VALUES).map(Map.Entry::getKey).toList()));
                Map<String, Integer> perPerson = new HashMap<>();
                topicSums.values().forEach(cell -> perPerson.merge(cell.personKey, cell.change.items(),
                        Integer::sum));
                context.value(EXPERTISE_PEOPLE, String.join(",", perPerson.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(SCENARIO_VALUES).map(Map.Entry::getKey).toList()));
                context.value(UNROUTED_COMMUNITY, unrouted.spaceKey());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The community left without evidence; id -1 and an empty key when the dataset has no candidate. */
    private record Unrouted(long id, String spaceKey) {
    }

    /**
     * @return the enabled, open community of a space every user may read with the fewest questions (then the lowest
     *         id), never the busiest one; none when the dataset has no such community (the ask-unrouted scenario then
     *         says so when it is chosen; every other scenario still runs on this dataset)
     */
    private static Unrouted unroutedCommunity(Connection connection, DatasetContext context) throws SQLException {
        Set<String> readable = new HashSet<>();
        context.plan().spaces().stream().filter(space -> !space.restricted())
                .forEach(space -> readable.add(space.key()));
        readable.remove(context.value(QaDataPart.QA_COMMUNITY));
        Map<Long, Integer> questions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT "
                + AoTables.quote(QuestionEntity.COMMUNITY_ID) + ", COUNT(*) FROM " + AoTables.table("QUESTION")
                + " GROUP BY " + AoTables.quote(QuestionEntity.COMMUNITY_ID)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                questions.put(row.getLong(1), row.getInt(2));
            }
        }
        Unrouted best = new Unrouted(-1, "");
        int fewest = Integer.MAX_VALUE;
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(CommunityEntity.ID,
                CommunityEntity.SPACE_KEY) + " FROM " + AoTables.table("COMMUNITY") + " WHERE "
                + AoTables.quote(CommunityEntity.ENABLED) + " = TRUE AND " + AoTables.quote(CommunityEntity.VISIBILITY)
                + " = 'OPEN' ORDER BY " + AoTables.quote(CommunityEntity.ID)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                int count = questions.getOrDefault(row.getLong(1), 0);
                if (readable.contains(row.getString(2)) && count < fewest) {
                    best = new Unrouted(row.getLong(1), row.getString(2));
                    fewest = count;
                }
            }
        }
        return best;
    }

    private interface Recorder {
        void record(EvidenceItem item) throws SQLException;
    }

    private static final class Cell {
        private final String personKey;
        private final String topic;
        private final long communityId;
        private ScoreChange change = ScoreChange.NONE;

        Cell(String personKey, String topic, long communityId) {
            this.personKey = personKey;
            this.topic = topic;
            this.communityId = communityId;
        }

        void add(ScoreChange more) {
            change = change.plus(more);
        }
    }

    private static Map<Integer, List<String>> questionTopics(Connection connection) throws SQLException {
        Map<Integer, List<String>> topics = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(
                QuestionTopicEntity.QUESTION_ID, QuestionTopicEntity.TOPIC) + " FROM "
                + AoTables.table("QUESTION_TOPIC")); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                topics.computeIfAbsent(row.getInt(1), id -> new ArrayList<>(3)).add(row.getString(2));
            }
        }
        return topics;
    }

    /** Answers that are not deleted, of questions that are not deleted: an answer item, and an accepted one. */
    private static void answers(Connection connection, Map<Integer, List<String>> topics, Recorder recorder)
            throws SQLException {
        String a = "A.";
        try (PreparedStatement select = connection.prepareStatement("SELECT " + a + AoTables.quote(AnswerEntity.ID)
                + ", " + a + AoTables.quote(AnswerEntity.QUESTION_ID) + ", " + a
                + AoTables.quote(AnswerEntity.COMMUNITY_ID) + ", " + a + AoTables.quote(AnswerEntity.AUTHOR_KEY)
                + ", " + a + AoTables.quote(AnswerEntity.SCORE) + ", " + a + AoTables.quote(AnswerEntity.CREATED_AT)
                + ", " + a + AoTables.quote(AnswerEntity.ACCEPTED_AT) + " FROM " + AoTables.table("ANSWER")
                + " A JOIN " + AoTables.table("QUESTION") + " Q ON Q." + AoTables.quote(QuestionEntity.ID) + " = "
                + a + AoTables.quote(AnswerEntity.QUESTION_ID) + " WHERE " + a + AoTables.quote(AnswerEntity.DELETED)
                + " = FALSE AND Q." + AoTables.quote(QuestionEntity.DELETED) + " = FALSE AND " + a
                + AoTables.quote(AnswerEntity.AUTHOR_KEY) + " IS NOT NULL")) {
            select.setFetchSize(5000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    int questionId = row.getInt(2);
                    Timestamp accepted = row.getTimestamp(7);
                    for (String topic : topics.getOrDefault(questionId, List.of())) {
                        recorder.record(new EvidenceItem(row.getString(4), topic, row.getInt(3), EvidenceKind.ANSWER,
                                row.getInt(1), (long) questionId, ExpertiseScoring.answerPoints(row.getInt(5)),
                                row.getTimestamp(6).toInstant()));
                        if (accepted != null) {
                            recorder.record(new EvidenceItem(row.getString(4), topic, row.getInt(3),
                                    EvidenceKind.ACCEPTED, row.getInt(1), (long) questionId,
                                    ExpertiseScoring.ACCEPTED_POINTS, accepted.toInstant()));
                        }
                    }
                }
            }
        }
    }

    private static void questions(Connection connection, Map<Integer, List<String>> topics, Recorder recorder)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(QuestionEntity.ID,
                QuestionEntity.COMMUNITY_ID, QuestionEntity.AUTHOR_KEY, QuestionEntity.CREATED_AT) + " FROM "
                + AoTables.table("QUESTION") + " WHERE " + AoTables.quote(QuestionEntity.DELETED) + " = FALSE AND "
                + AoTables.quote(QuestionEntity.AUTHOR_KEY) + " IS NOT NULL")) {
            select.setFetchSize(5000);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    for (String topic : topics.getOrDefault(row.getInt(1), List.of())) {
                        recorder.record(new EvidenceItem(row.getString(3), topic, row.getInt(2),
                                EvidenceKind.QUESTION, row.getInt(1), (long) row.getInt(1),
                                ExpertiseScoring.QUESTION_POINTS, row.getTimestamp(4).toInstant()));
                    }
                }
            }
        }
    }

    private static int insertTopicSums(Connection connection, Map<String, Cell> sums) throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("EXPERT_TOPIC",
                ExpertTopicScoreEntity.PERSON_KEY, ExpertTopicScoreEntity.TOPIC, ExpertTopicScoreEntity.TOPIC_KEY,
                ExpertTopicScoreEntity.WEIGHTED, ExpertTopicScoreEntity.ITEM_COUNT,
                ExpertTopicScoreEntity.LOCK_TOKEN))) {
            for (Map.Entry<String, Cell> entry : sums.entrySet().stream()
                    .sorted(Comparator.comparing(Map.Entry::getKey)).toList()) {
                Cell sum = entry.getValue();
                batch.add(sum.personKey, sum.topic, entry.getKey(), sum.change.weighted(), sum.change.items(), 0);
            }
            return batch.finish();
        }
    }

    private static int insertCells(Connection connection, Map<String, Cell> cells) throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("EXPERT_SCORE",
                ExpertiseScoreEntity.PERSON_KEY, ExpertiseScoreEntity.TOPIC, ExpertiseScoreEntity.COMMUNITY_ID,
                ExpertiseScoreEntity.SCORE_KEY, ExpertiseScoreEntity.WEIGHTED, ExpertiseScoreEntity.POINTS,
                ExpertiseScoreEntity.ITEM_COUNT, ExpertiseScoreEntity.ACCEPTED_COUNT,
                ExpertiseScoreEntity.ANSWER_COUNT, ExpertiseScoreEntity.QUESTION_COUNT,
                ExpertiseScoreEntity.PAGE_COUNT, ExpertiseScoreEntity.LOCK_TOKEN))) {
            for (Map.Entry<String, Cell> entry : cells.entrySet().stream()
                    .sorted(Comparator.comparing(Map.Entry::getKey)).toList()) {
                Cell cell = entry.getValue();
                ScoreChange sum = cell.change;
                batch.add(cell.personKey, cell.topic, (int) cell.communityId, entry.getKey(), sum.weighted(),
                        sum.points(), sum.items(), sum.accepted(), sum.answers(), sum.questions(), sum.pages(), 0);
            }
            return batch.finish();
        }
    }
}

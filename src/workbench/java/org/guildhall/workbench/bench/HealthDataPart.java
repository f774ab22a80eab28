package org.guildhall.workbench.bench;

import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.qa.ListState;
import org.guildhall.qa.PostType;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.VoteEntity;
import org.guildhall.workbench.db.WorkbenchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The community the health page is measured on: {@value #QUESTIONS} questions over four years (with answers, comments
 * and votes) in one open community of its own, so that the Q&amp;A part's communities, and the scenarios measured on
 * them, stay as they are. The rows are short generated text (health reads no bodies) written with exactly the columns
 * the Q&amp;A DAOs write. Its space administrator (a bench person) may open the health page. Last of all, every
 * community's first posts (what tells newcomers from returning members) are recounted from all the parts' posts.
 */
final class HealthDataPart implements DatasetPart {

    /** The space key of the community with {@value #QUESTIONS} questions, for {@link Dataset#value}. */
    static final String HEALTH_COMMUNITY = "health-community";
    /** The username of a bench person who administers that community's space, for {@link Dataset#value}. */
    static final String HEALTH_MODERATOR = "health-moderator";

    static final int QUESTIONS = 50_000;
    /** Answers per question: 0 to this many, about 1.5 on average. */
    private static final int MAX_ANSWERS = 3;
    private static final int COMMENTS = 20_000;
    private static final int VOTES = 60_000;
    private static final int ACCEPTED_PERCENT = 40;
    private static final int GENERATED_AUTHORS = 20_000;
    private static final Duration HISTORY = Duration.ofDays(4 * 365);

    @Override
    public String name() {
        return "health";
    }

    @Override
    public String description() {
        return QUESTIONS + " questions with answers, comments and votes in one more community (health)";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        Random random = context.random();
        SpacePlan plan = context.plan();
        String largeSpace = context.value(MembershipDataPart.LARGE_COMMUNITY);
        List<String> benchAuthors = plan.people().stream().map(SpacePlan.Person::userKey).toList();
        Instant now = Instant.now();
        try (Connection connection = context.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                SpacePlan.PlannedSpace space = null;
                int communityId = 0;
                for (SpacePlan.PlannedSpace candidate : plan.spaces()) {
                    Integer id = candidate.restricted() || candidate.key().equals(largeSpace) ? null
                            : enabledCommunity(connection, candidate.key());
                    if (id != null) {
                        space = candidate;
                        communityId = id;
                        break;
                    }
                }
                if (space == null) {
                    throw new IllegalStateException("No open, switched-on community left for the health bench");
                }
                List<Asked> asked = insertQuestions(connection, communityId, benchAuthors, random, now);
                context.created("health questions", asked.size());
                List<Post> answers = insertAnswers(connection, communityId, asked, benchAuthors, random, now);
                List<Post> questions = asked.stream().map(q -> new Post(q.id(), q.id(), q.createdAt())).toList();
                context.created("health answers", answers.size());
                context.created("health comments", insertComments(connection, communityId, questions, answers,
                        benchAuthors, random));
                context.created("health votes", insertVotes(connection, communityId, questions, answers,
                        benchAuthors, random));
                connection.commit();
                context.value(HEALTH_COMMUNITY, space.key());
                context.value(HEALTH_MODERATOR, space.owner().username());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            // every post of the dataset went in as JDBC batches, as an import writes them: community health's first
            // posts are recounted after, as the app does after an import (this part loads last)
            List<Long> communities = new ArrayList<>();
            try (Statement select = connection.createStatement();
                 ResultSet row = select.executeQuery("SELECT " + AoTables.quote("ID") + " FROM "
                         + AoTables.table("COMMUNITY"))) {
                while (row.next()) {
                    communities.add(row.getLong(1));
                }
            }
            context.bean(FirstPostDao.class).recountCommunities(communities);
            context.created("first posts (community, person)", count(connection, "FIRST_POST"));
            context.created("answers from outside the asker's communities", storeCrossCommunity(connection));
        }
    }

    /**
     * Stores on every answer whether it came from outside the asker's communities, as answering does
     * ({@code MembershipDao.isOutsider}): the memberships went in before the posts, so those of now are those of the
     * time of answering. One statement (PostgreSQL's {@code UPDATE … FROM}).
     *
     * @return how many answers crossed communities
     */
    private static int storeCrossCommunity(Connection connection) throws SQLException {
        String member = "'" + MembershipState.MEMBER.name() + "'";
        String userKey = AoTables.quote(MembershipEntity.USER_KEY);
        String state = AoTables.quote(MembershipEntity.MEMBER_STATE);
        String community = AoTables.quote(MembershipEntity.COMMUNITY_ID);
        String answerAuthor = "A." + AoTables.quote(AnswerEntity.AUTHOR_KEY);
        String askerKey = "Q." + AoTables.quote(QuestionEntity.AUTHOR_KEY);
        try (Statement update = connection.createStatement()) {
            update.executeUpdate("UPDATE " + AoTables.table("ANSWER") + " A SET "
                    + AoTables.quote(AnswerEntity.CROSS_COMMUNITY) + " = (" + answerAuthor + " IS NOT NULL AND "
                    + askerKey + " IS NOT NULL AND " + answerAuthor + " <> " + askerKey + " AND EXISTS (SELECT 1 FROM "
                    + AoTables.table("MEMBERSHIP") + " M WHERE M." + userKey + " = " + askerKey + " AND M." + state
                    + " = " + member + ") AND NOT EXISTS (SELECT 1 FROM " + AoTables.table("MEMBERSHIP") + " MA JOIN "
                    + AoTables.table("MEMBERSHIP") + " MQ ON MQ." + community + " = MA." + community + " AND MQ."
                    + userKey + " = " + askerKey + " AND MQ." + state + " = " + member + " WHERE MA." + userKey + " = "
                    + answerAuthor + " AND MA." + state + " = " + member + ")) FROM " + AoTables.table("QUESTION")
                    + " Q WHERE Q." + AoTables.quote(QuestionEntity.ID) + " = A."
                    + AoTables.quote(AnswerEntity.QUESTION_ID));
        }
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT COUNT(*) FROM " + AoTables.table("ANSWER") + " WHERE "
                     + AoTables.quote(AnswerEntity.CROSS_COMMUNITY))) {
            row.next();
            return row.getInt(1);
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT COUNT(*) FROM " + AoTables.table(table))) {
            row.next();
            return row.getInt(1);
        }
    }

    /** A question as its answers are written: how many, and whether the first is the accepted one. */
    private record Asked(int id, Instant createdAt, String author, int answers, boolean accepted) {
    }

    /** A question or answer as comments and votes point at it. */
    private record Post(int id, int questionId, Instant createdAt) {
    }

    private static Integer enabledCommunity(Connection connection, String spaceKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns("ID", "ENABLED")
                + " FROM " + AoTables.table("COMMUNITY") + " WHERE " + AoTables.quote("SPACE_KEY") + " = ?")) {
            select.setString(1, spaceKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getBoolean(2) ? row.getInt(1) : null;
            }
        }
    }

    private static String author(Random random, List<String> benchAuthors) {
        return random.nextInt(10) < 3 ? benchAuthors.get(random.nextInt(benchAuthors.size()))
                : String.format(Locale.ROOT, "bench-member-%06d", 1 + random.nextInt(GENERATED_AUTHORS));
    }

    private static List<Asked> insertQuestions(Connection connection, int communityId, List<String> benchAuthors,
                                              Random random, Instant now) throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("QUESTION", QuestionEntity.COMMUNITY_ID,
                QuestionEntity.AUTHOR_KEY, QuestionEntity.TITLE, QuestionEntity.BODY_TEXT, QuestionEntity.SCORE,
                QuestionEntity.ANSWER_COUNT, QuestionEntity.LIST_STATE, QuestionEntity.DELETED,
                QuestionEntity.REVISION, QuestionEntity.CREATED_AT, QuestionEntity.UPDATED_AT,
                QuestionEntity.LAST_ACTIVITY_AT, QuestionEntity.SOURCE_KEY, QuestionEntity.LOCK_TOKEN))) {
            for (int n = 0; n < QUESTIONS; n++) {
                // evenly over the years, so that every period of the health page holds about as many questions
                Instant created = now.minusSeconds((long) (random.nextDouble() * HISTORY.toSeconds()));
                int answers = random.nextInt(MAX_ANSWERS + 1);
                boolean accepted = answers > 0 && random.nextInt(100) < ACCEPTED_PERCENT;
                batch.add(communityId, author(random, benchAuthors), "Health bench question " + n,
                        "How would you handle case " + n + "?", random.nextInt(20) - 3, answers,
                        ListState.of(false, accepted, answers).id(), false, 1, Timestamp.from(created),
                        Timestamp.from(now), Timestamp.from(created), sourceKey("q", n), 0);
            }
            batch.finish();
        }
        List<Asked> questions = new ArrayList<>(QUESTIONS);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(QuestionEntity.ID,
                QuestionEntity.CREATED_AT, QuestionEntity.AUTHOR_KEY, QuestionEntity.ANSWER_COUNT,
                QuestionEntity.LIST_STATE) + " FROM " + AoTables.table("QUESTION") + " WHERE "
                + AoTables.quote(QuestionEntity.COMMUNITY_ID) + " = ? AND " + AoTables.quote(QuestionEntity.SOURCE_KEY)
                + " LIKE ?")) {
            // only this part's questions: the Q&A part may have put some into the same community
            select.setInt(1, communityId);
            select.setString(2, "bench:health-q:%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    questions.add(new Asked(row.getInt(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getInt(4), ListState.ACCEPTED.id().equals(row.getString(5))));
                }
            }
        }
        return questions;
    }

    private static List<Post> insertAnswers(Connection connection, int communityId, List<Asked> questions,
                                            List<String> benchAuthors, Random random, Instant now)
            throws SQLException {
        int number = 0;
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("ANSWER", AnswerEntity.QUESTION_ID,
                AnswerEntity.COMMUNITY_ID, AnswerEntity.AUTHOR_KEY, AnswerEntity.BODY_TEXT, AnswerEntity.SCORE,
                AnswerEntity.ACCEPTED_FOR, AnswerEntity.ACCEPTED_KEY, AnswerEntity.ACCEPTED_BY,
                AnswerEntity.ACCEPTED_AT, AnswerEntity.DELETED, AnswerEntity.REVISION, AnswerEntity.CREATED_AT,
                AnswerEntity.UPDATED_AT, AnswerEntity.SOURCE_KEY, AnswerEntity.LOCK_TOKEN))) {
            for (Asked question : questions) {
                for (int i = 0; i < question.answers(); i++) {
                    boolean accepted = question.accepted() && i == 0;
                    // answers within three days of the question
                    Timestamp created = Timestamp.from(question.createdAt().plusSeconds(60L + random.nextInt(3 * 86_400)));
                    batch.add(question.id(), communityId, author(random, benchAuthors), "Try approach " + number + ".",
                            random.nextInt(30) - 4, accepted ? question.id() : null,
                            accepted ? AnswerEntity.acceptedKey(question.id()) : AnswerEntity.openKey(),
                            accepted ? question.author() : null, accepted ? created : null, false, 1, created,
                            Timestamp.from(now), sourceKey("a", number++), 0);
                }
            }
            batch.finish();
        }
        try (Statement link = connection.createStatement()) {
            link.executeUpdate("UPDATE " + AoTables.table("QUESTION") + " SET "
                    + AoTables.quote(QuestionEntity.ACCEPTED_ANSWER_ID) + " = (SELECT A." + AoTables.quote(AnswerEntity.ID)
                    + " FROM " + AoTables.table("ANSWER") + " A WHERE A." + AoTables.quote(AnswerEntity.ACCEPTED_FOR)
                    + " = " + AoTables.table("QUESTION") + "." + AoTables.quote(QuestionEntity.ID) + ") WHERE "
                    + AoTables.quote(QuestionEntity.COMMUNITY_ID) + " = " + communityId + " AND "
                    + AoTables.quote(QuestionEntity.LIST_STATE) + " = '" + ListState.ACCEPTED.id() + "' AND "
                    + AoTables.quote(QuestionEntity.SOURCE_KEY) + " LIKE 'bench:health-q:%'");
        }
        List<Post> answers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(AnswerEntity.ID,
                AnswerEntity.QUESTION_ID, AnswerEntity.CREATED_AT) + " FROM " + AoTables.table("ANSWER") + " WHERE "
                + AoTables.quote(AnswerEntity.COMMUNITY_ID) + " = ? AND " + AoTables.quote(AnswerEntity.SOURCE_KEY)
                + " LIKE ?")) {
            select.setInt(1, communityId);
            select.setString(2, "bench:health-a:%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    answers.add(new Post(row.getInt(1), row.getInt(2), row.getTimestamp(3).toInstant()));
                }
            }
        }
        return answers;
    }

    private static int insertComments(Connection connection, int communityId, List<Post> questions,
                                      List<Post> answers, List<String> benchAuthors, Random random)
            throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("POST_COMMENT", CommentEntity.POST_TYPE,
                CommentEntity.POST_ID, CommentEntity.QUESTION_ID, CommentEntity.COMMUNITY_ID, CommentEntity.AUTHOR_KEY,
                CommentEntity.BODY_TEXT, CommentEntity.DELETED, CommentEntity.CREATED_AT, CommentEntity.SOURCE_KEY))) {
            for (int n = 0; n < COMMENTS; n++) {
                boolean onQuestion = random.nextBoolean();
                Post post = onQuestion ? questions.get(random.nextInt(questions.size()))
                        : answers.get(random.nextInt(answers.size()));
                batch.add((onQuestion ? PostType.QUESTION : PostType.ANSWER).id(),
                        onQuestion ? post.questionId() : post.id(), post.questionId(), communityId,
                        author(random, benchAuthors), "Thanks, that helps (" + n + ")", false,
                        Timestamp.from(post.createdAt().plusSeconds(random.nextInt(5 * 86_400))), sourceKey("c", n));
            }
            return batch.finish();
        }
    }

    private static int insertVotes(Connection connection, int communityId, List<Post> questions, List<Post> answers,
                                   List<String> voters, Random random) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("VOTE", VoteEntity.POST_TYPE,
                VoteEntity.POST_ID, VoteEntity.VOTER_KEY, VoteEntity.VOTE_KEY, VoteEntity.VOTE_VALUE,
                VoteEntity.COMMUNITY_ID, VoteEntity.CREATED_AT, VoteEntity.UPDATED_AT))) {
            while (keys.size() < VOTES) {
                boolean onQuestion = random.nextInt(4) == 0;
                Post post = onQuestion ? questions.get(random.nextInt(questions.size()))
                        : answers.get(random.nextInt(answers.size()));
                PostType type = onQuestion ? PostType.QUESTION : PostType.ANSWER;
                int postId = onQuestion ? post.questionId() : post.id();
                String voter = voters.get(random.nextInt(voters.size()));
                String key = type.id() + ":" + postId + ":" + voter;
                if (keys.add(key)) {
                    Timestamp at = Timestamp.from(post.createdAt().plusSeconds(random.nextInt(7 * 86_400)));
                    batch.add(type.id(), postId, voter, key, random.nextInt(5) == 0 ? -1 : 1, communityId, at, at);
                }
            }
            return batch.finish();
        }
    }

    private static String sourceKey(String kind, int number) {
        return "bench:health-" + kind + ":" + number + ":" + UUID.nameUUIDFromBytes(("health" + kind + number)
                .getBytes());
    }
}

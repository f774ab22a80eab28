package org.guildhall.workbench.bench;

import org.guildhall.qa.ListState;
import org.guildhall.qa.PostType;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.qa.ao.ReputationEntity;
import org.guildhall.qa.ao.TopicEntity;
import org.guildhall.qa.ao.VoteEntity;
import org.guildhall.qa.importer.DumpRows;
import org.guildhall.qa.importer.SimilarQuestions;
import org.guildhall.qa.importer.StackExchangeDump;
import org.guildhall.qa.importer.TagTopics;
import org.guildhall.workbench.content.SpaceCreation;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.StoredSpace;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.people.UserDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Questions and answers: {@value #QUESTIONS} questions and {@value #ANSWERS} answers (with topics, comments, votes and
 * reputation) made of the real text of the three Stack Exchange samples in {@code ../shared/data/stackexchange}: each
 * title joins the start of one real title to the end of another, each body the first paragraphs of one real post to
 * the rest of another, so the words, lengths and markup are real while the texts are new. One open community (the
 * large one of {@link MembershipDataPart}) holds a fifth of the questions, the others a long tail; authors are the
 * bench people and the generated members.
 *
 * <p>Rows go in as JDBC batches with exactly the columns the Q&amp;A DAOs write ({@code ACCEPTED_KEY},
 * {@code LOCK_TOKEN} and {@code local:}-style unique source keys included); the load ends by reading one question back
 * through the app's {@link QuestionDao}, so a format drift fails the run instead of measuring empty pages.
 */
final class QaDataPart implements DatasetPart {

    /** The space key of the community with the most questions, for {@link Dataset#value}. */
    static final String QA_COMMUNITY = "qa-community";
    /** Question ids (comma-separated) with {@value #PAGE_MIN_ANSWERS} or more answers, in communities anyone sees. */
    static final String QA_PAGES = "qa-question-pages";
    /** Real titles (newline-separated), shortened as someone typing them would, for similar-question requests. */
    static final String QA_TYPED_TITLES = "qa-typed-titles";
    /** The page showing the {@code guildhall-questions} macro of the busiest community, for {@link Dataset#page}. */
    static final String QA_LIST_PAGE = "qa-question-list";
    /** Rows the list macro's page shows. */
    static final int LIST_MACRO_ROWS = 20;
    private static final String LIST_SPACE = "QUESTIONLIST";

    static final int QUESTIONS = 100_000;
    static final int ANSWERS = 300_000;
    static final int COMMENTS = 60_000;
    static final int VOTES = 100_000;
    static final int PAGE_MIN_ANSWERS = 4;
    private static final int LARGE_COMMUNITY_PERCENT = 20;
    private static final int ACCEPTED_PERCENT = 45;
    private static final int CLOSED_PERMILLE = 15;
    private static final int DELETED_PERMILLE = 5;
    private static final int GENERATED_AUTHORS = 20_000;
    private static final int BENCH_AUTHOR_PERCENT = 30;
    private static final int MAX_BODY = 6000;
    private static final int PAGE_QUESTIONS = 300;
    private static final int TYPED_TITLES = 300;
    private static final Duration OLDEST_QUESTION = Duration.ofDays(4 * 365);
    private static final List<String> SITES = List.of("coffee.stackexchange.com", "ai.stackexchange.com",
            "quantumcomputing.stackexchange.com");
    private static final Pattern BLOCK_END = Pattern.compile("\\n(?=<)");

    @Override
    public String name() {
        return "qa";
    }

    @Override
    public String description() {
        return QUESTIONS + " questions, " + ANSWERS + " answers, topics, comments, votes from the samples' text";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        Samples samples = Samples.read(samplesFolder());
        Random random = context.random();
        SpacePlan plan = context.plan();
        List<String> benchAuthors = plan.people().stream().map(SpacePlan.Person::userKey).toList();
        List<String> readableByAll = plan.spaces().stream().filter(space -> !space.restricted())
                .map(SpacePlan.PlannedSpace::key).toList();
        String largeSpace = context.value(MembershipDataPart.LARGE_COMMUNITY);
        Instant now = Instant.now();
        try (Connection connection = context.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                Set<Integer> disabled = new HashSet<>();
                Map<String, Integer> communities = communityIds(connection, disabled);
                int largeId = communities.get(largeSpace);
                List<Integer> others = communities.entrySet().stream().filter(e -> !e.getKey().equals(largeSpace))
                        .map(Map.Entry::getValue).sorted().toList();
                Set<Integer> openIds = new HashSet<>();
                readableByAll.forEach(key -> openIds.add(communities.get(key)));
                openIds.removeAll(disabled);

                List<GeneratedQuestion> questions = new ArrayList<>(QUESTIONS);
                for (int n = 0; n < QUESTIONS; n++) {
                    int community = random.nextInt(100) < LARGE_COMMUNITY_PERCENT ? largeId
                            : others.get((int) (Math.pow(random.nextDouble(), 2) * others.size()));
                    int source = random.nextInt(samples.questions().size());
                    SampleQuestion title = samples.questions().get(source);
                    SampleQuestion other = samples.questions().get(random.nextInt(samples.questions().size()));
                    Instant created = now.minusSeconds((long) (random.nextDouble() * OLDEST_QUESTION.toSeconds()));
                    questions.add(new GeneratedQuestion(n, community, author(random, benchAuthors),
                            n < samples.questions().size() ? title.title() : joinTitles(title.title(), other.title(),
                                    random),
                            joinBodies(title.body(), other.body(), random), title.topics(), created,
                            random.nextInt(100) - 10, random.nextInt(1000) < DELETED_PERMILLE));
                }
                int[] answerCounts = new int[QUESTIONS];
                for (int a = 0; a < ANSWERS; a++) {
                    answerCounts[(int) (Math.pow(random.nextDouble(), 1.5) * QUESTIONS)]++;
                }
                Map<Integer, Integer> questionIds = insertQuestions(connection, questions, answerCounts, random, now);
                context.created("questions", questions.size());
                context.created("question topics", insertTopics(connection, questions, questionIds, now));
                List<PostRef> answers = insertAnswers(connection, questions, answerCounts, questionIds, samples,
                        benchAuthors, random, now);
                context.created("answers", answers.size());
                try (Statement link = connection.createStatement()) {
                    link.executeUpdate(linkAcceptedAnswers());
                }
                List<PostRef> questionRefs = questions.stream().map(q -> new PostRef(PostType.QUESTION,
                        questionIds.get(q.number()), questionIds.get(q.number()), q.community())).toList();
                context.created("comments", insertComments(connection, questionRefs, answers, samples,
                        benchAuthors, random, now));
                context.created("votes", insertVotes(connection, questionRefs, answers, benchAuthors, random, now));
                context.created("reputation rows", insertReputation(connection, benchAuthors, random));
                connection.commit();

                context.value(QA_COMMUNITY, largeSpace);
                context.value(QA_PAGES, pageQuestions(questions, answerCounts, questionIds, openIds));
                context.value(QA_TYPED_TITLES, typedTitles(samples, random));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        requireReadableThroughTheApp(context);
        createListMacroPage(context);
        // The rows went in as one long transaction around the app, stamped with the load's start: older than the
        // index's catch-up window by the time they commit. After a bulk load the index is rebuilt, as an operator would.
        context.bean(SimilarQuestions.class).rebuild();
    }

    /** A sample question: its real title, body and topics. */
    record SampleQuestion(String title, String[] body, List<String> topics) {
    }

    /** The text of the samples: questions, answer bodies (split into blocks once) and comment texts. */
    record Samples(List<SampleQuestion> questions, List<String[]> answerBodies, List<String> comments) {

        static Samples read(Path folder) {
            List<SampleQuestion> questions = new ArrayList<>();
            List<String[]> answers = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (String site : SITES) {
                try (StackExchangeDump dump = StackExchangeDump.folder(folder.resolve(site), site)) {
                    try (InputStream in = dump.open(StackExchangeDump.POSTS)) {
                        DumpRows.forEach(StackExchangeDump.POSTS, in, row -> {
                            String body = row.getOrDefault("Body", "");
                            if ("1".equals(row.get("PostTypeId")) && row.get("Title") != null) {
                                List<String> topics = new ArrayList<>(new LinkedHashSet<>(TagTopics.tags(row.get("Tags"))
                                        .stream().map(TagTopics::topic).flatMap(java.util.Optional::stream).toList()));
                                questions.add(new SampleQuestion(row.get("Title"), blocks(body), topics));
                            } else if ("2".equals(row.get("PostTypeId")) && !body.isBlank()) {
                                answers.add(blocks(body));
                            }
                        });
                    }
                    try (InputStream in = dump.open(StackExchangeDump.COMMENTS)) {
                        DumpRows.forEach(StackExchangeDump.COMMENTS, in, row -> {
                            String text = row.get("Text");
                            if (text != null && !text.isBlank() && text.length() <= 600) {
                                comments.add(text);
                            }
                        });
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the sample " + site + " in " + folder, e);
                }
            }
            if (questions.isEmpty() || answers.isEmpty() || comments.isEmpty()) {
                throw new IllegalStateException("The samples in " + folder + " hold no questions, answers or comments");
            }
            return new Samples(List.copyOf(questions), List.copyOf(answers), List.copyOf(comments));
        }
    }

    private record GeneratedQuestion(int number, int community, String author, String title, String body,
                                     List<String> topics, Instant createdAt, int score, boolean deleted) {
    }

    /** A post a comment or vote may point at. */
    private record PostRef(PostType type, int id, int questionId, int community) {
    }

    private static Path samplesFolder() {
        Path basedir = Path.of(System.getProperty("workbench.basedir", ".")).toAbsolutePath();
        Path folder = basedir.resolve("../shared/data/stackexchange").normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The Stack Exchange samples are not at " + folder
                    + "; the Q&A dataset is made of their text");
        }
        return folder;
    }

    /** Every community's id by space key; the switched-off ones are added to {@code disabled}. */
    private static Map<String, Integer> communityIds(Connection connection, Set<Integer> disabled)
            throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns("ID", "SPACE_KEY",
                "ENABLED") + " FROM " + AoTables.table("COMMUNITY")); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.put(row.getString(2), row.getInt(1));
                if (!row.getBoolean(3)) {
                    disabled.add(row.getInt(1));
                }
            }
        }
        return ids;
    }

    /** Bench people (who log in) write some posts, generated members the rest. */
    private static String author(Random random, List<String> benchAuthors) {
        if (random.nextInt(100) < BENCH_AUTHOR_PERCENT) {
            return benchAuthors.get(random.nextInt(benchAuthors.size()));
        }
        return String.format(Locale.ROOT, "bench-member-%06d", 1 + random.nextInt(GENERATED_AUTHORS));
    }

    /** The first words of one title and the last words of another: real words, a new question. */
    static String joinTitles(String first, String second, Random random) {
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        int keep = Math.max(1, a.length / 2 + random.nextInt(2));
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < Math.min(keep, a.length); i++) {
            title.append(i == 0 ? "" : " ").append(a[i]);
        }
        for (int i = Math.min(b.length - 1, b.length / 2); i < b.length; i++) {
            title.append(' ').append(b[i]);
        }
        String joined = title.toString();
        return joined.length() > 150 ? joined.substring(0, 150) : joined;
    }

    /** A body's HTML blocks (paragraphs, code, lists, quotes), each with its end tag. */
    static String[] blocks(String body) {
        return BLOCK_END.split(body);
    }

    /** The first blocks of one body and the rest of another, at most {@value #MAX_BODY} characters. */
    static String joinBodies(String[] a, String[] b, Random random) {
        StringBuilder body = new StringBuilder();
        int keep = 1 + random.nextInt(Math.max(1, a.length));
        for (int i = 0; i < Math.min(keep, a.length); i++) {
            body.append(a[i]).append('\n');
        }
        for (int i = Math.min(b.length - 1, keep); i < b.length && body.length() < MAX_BODY; i++) {
            body.append(b[i]).append('\n');
        }
        return body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body.toString();
    }

    private static Map<Integer, Integer> insertQuestions(Connection connection, List<GeneratedQuestion> questions,
                                                         int[] answerCounts, Random random, Instant now)
            throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("QUESTION", QuestionEntity.COMMUNITY_ID,
                QuestionEntity.AUTHOR_KEY, QuestionEntity.TITLE, QuestionEntity.BODY_TEXT, QuestionEntity.SCORE,
                QuestionEntity.ANSWER_COUNT, QuestionEntity.LIST_STATE, QuestionEntity.CLOSE_REASON,
                QuestionEntity.CLOSED_AT, QuestionEntity.DELETED, QuestionEntity.DELETED_AT, QuestionEntity.REVISION,
                QuestionEntity.CREATED_AT, QuestionEntity.UPDATED_AT, QuestionEntity.LAST_ACTIVITY_AT,
                QuestionEntity.SOURCE_KEY, QuestionEntity.LOCK_TOKEN))) {
            for (GeneratedQuestion question : questions) {
                int answers = answerCounts[question.number()];
                boolean closed = random.nextInt(1000) < CLOSED_PERMILLE;
                boolean deleted = question.deleted();
                boolean accepted = answers > 0 && random.nextInt(100) < ACCEPTED_PERCENT;
                Timestamp created = Timestamp.from(question.createdAt());
                Timestamp activity = Timestamp.from(question.createdAt().plusSeconds(
                        (long) (random.nextDouble() * Duration.between(question.createdAt(), now).toSeconds())));
                batch.add(question.community(), question.author(), question.title(), question.body(),
                        question.score(), answers, ListState.of(closed, accepted, answers).id(),
                        closed ? "resolved" : null, closed ? activity : null, deleted,
                        deleted ? activity : null, 1, created, Timestamp.from(now), activity,
                        sourceKey("q", question.number()), 0);
            }
            batch.finish();
        }
        Map<Integer, Integer> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(QuestionEntity.ID,
                QuestionEntity.SOURCE_KEY) + " FROM " + AoTables.table("QUESTION")); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                // the workbench may have imported demo questions (their keys are not the generator's)
                if (row.getString(2).startsWith("bench:q:")) {
                    ids.put(numberOf(row.getString(2)), row.getInt(1));
                }
            }
        }
        return ids;
    }

    private static int insertTopics(Connection connection, List<GeneratedQuestion> questions,
                                    Map<Integer, Integer> questionIds, Instant now) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("QUESTION_TOPIC",
                QuestionTopicEntity.QUESTION_ID, QuestionTopicEntity.COMMUNITY_ID, QuestionTopicEntity.TOPIC,
                QuestionTopicEntity.QUESTION_AND_TOPIC, QuestionTopicEntity.CREATED_AT))) {
            for (GeneratedQuestion question : questions) {
                int id = questionIds.get(question.number());
                for (String topic : question.topics()) {
                    batch.add(id, question.community(), topic, id + ":" + topic, Timestamp.from(question.createdAt()));
                    names.add(topic);
                }
            }
            // the workbench's demo import may have added some of these topics already
            try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(TopicEntity.NAME)
                    + " FROM " + AoTables.table("TOPIC")); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    names.remove(row.getString(1));
                }
            }
            try (InsertBatch topics = new InsertBatch(connection, AoTables.insert("TOPIC", TopicEntity.NAME,
                    TopicEntity.CREATED_AT))) {
                for (String name : names) {
                    topics.add(name, Timestamp.from(now));
                }
                topics.finish();
            }
            return batch.finish();
        }
    }

    private static List<PostRef> insertAnswers(Connection connection, List<GeneratedQuestion> questions,
                                               int[] answerCounts, Map<Integer, Integer> questionIds, Samples samples,
                                               List<String> benchAuthors, Random random, Instant now)
            throws SQLException {
        Map<Integer, Integer> acceptedOf = acceptedQuestions(connection);
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("ANSWER", AnswerEntity.QUESTION_ID,
                AnswerEntity.COMMUNITY_ID, AnswerEntity.AUTHOR_KEY, AnswerEntity.BODY_TEXT, AnswerEntity.SCORE,
                AnswerEntity.ACCEPTED_FOR, AnswerEntity.ACCEPTED_KEY, AnswerEntity.ACCEPTED_BY,
                AnswerEntity.ACCEPTED_AT, AnswerEntity.DELETED, AnswerEntity.REVISION, AnswerEntity.CREATED_AT,
                AnswerEntity.UPDATED_AT, AnswerEntity.SOURCE_KEY, AnswerEntity.LOCK_TOKEN))) {
            int number = 0;
            for (GeneratedQuestion question : questions) {
                int questionId = questionIds.get(question.number());
                boolean accepted = acceptedOf.containsKey(questionId);
                for (int i = 0; i < answerCounts[question.number()]; i++) {
                    String[] first = samples.answerBodies().get(random.nextInt(samples.answerBodies().size()));
                    String[] second = samples.answerBodies().get(random.nextInt(samples.answerBodies().size()));
                    Timestamp created = Timestamp.from(question.createdAt().plusSeconds(600L * (i + 1)));
                    boolean isAccepted = accepted && i == 0;
                    batch.add(questionId, question.community(), author(random, benchAuthors),
                            joinBodies(first, second, random), random.nextInt(40) - 5,
                            isAccepted ? questionId : null,
                            isAccepted ? AnswerEntity.acceptedKey(questionId) : AnswerEntity.openKey(),
                            isAccepted ? question.author() : null, isAccepted ? created : null, false, 1, created,
                            Timestamp.from(now), sourceKey("a", number++), 0);
                }
            }
            batch.finish();
        }
        List<PostRef> answers = new ArrayList<>(ANSWERS);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(AnswerEntity.ID,
                AnswerEntity.QUESTION_ID, AnswerEntity.COMMUNITY_ID) + " FROM " + AoTables.table("ANSWER"));
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                answers.add(new PostRef(PostType.ANSWER, row.getInt(1), row.getInt(2), row.getInt(3)));
            }
        }
        return answers;
    }

    /** The questions whose list state says accepted: their first answer becomes the accepted one. */
    private static Map<Integer, Integer> acceptedQuestions(Connection connection) throws SQLException {
        Map<Integer, Integer> accepted = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + AoTables.columns(QuestionEntity.ID)
                + " FROM " + AoTables.table("QUESTION") + " WHERE " + AoTables.quote(QuestionEntity.LIST_STATE)
                + " = ?")) {
            select.setString(1, ListState.ACCEPTED.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    accepted.put(row.getInt(1), row.getInt(1));
                }
            }
        }
        return accepted;
    }

    /** Portable SQL, as {@code QuestionDao.setAcceptedAnswer} would leave each row. */
    private static String linkAcceptedAnswers() {
        return "UPDATE " + AoTables.table("QUESTION") + " SET " + AoTables.quote(QuestionEntity.ACCEPTED_ANSWER_ID)
                + " = (SELECT A." + AoTables.quote(AnswerEntity.ID) + " FROM " + AoTables.table("ANSWER")
                + " A WHERE A." + AoTables.quote(AnswerEntity.ACCEPTED_FOR) + " = " + AoTables.table("QUESTION") + "."
                + AoTables.quote(QuestionEntity.ID) + ") WHERE " + AoTables.quote(QuestionEntity.LIST_STATE) + " = '"
                + ListState.ACCEPTED.id() + "'";
    }

    private static int insertComments(Connection connection, List<PostRef> questions, List<PostRef> answers,
                                      Samples samples, List<String> benchAuthors, Random random, Instant now)
            throws SQLException {
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("POST_COMMENT", CommentEntity.POST_TYPE,
                CommentEntity.POST_ID, CommentEntity.QUESTION_ID, CommentEntity.COMMUNITY_ID, CommentEntity.AUTHOR_KEY,
                CommentEntity.BODY_TEXT, CommentEntity.DELETED, CommentEntity.CREATED_AT, CommentEntity.SOURCE_KEY))) {
            for (int n = 0; n < COMMENTS; n++) {
                PostRef post = random.nextBoolean() ? questions.get(random.nextInt(questions.size()))
                        : answers.get(random.nextInt(answers.size()));
                batch.add(post.type().id(), post.id(), post.questionId(), post.community(),
                        author(random, benchAuthors), samples.comments().get(random.nextInt(samples.comments().size())),
                        false, Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 365))), sourceKey("c", n));
            }
            return batch.finish();
        }
    }

    /** Bench people vote on posts, never twice on one post ({@code VOTE_KEY} is unique). */
    private static int insertVotes(Connection connection, List<PostRef> questions, List<PostRef> answers,
                                   List<String> voters, Random random, Instant now) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("VOTE", VoteEntity.POST_TYPE,
                VoteEntity.POST_ID, VoteEntity.VOTER_KEY, VoteEntity.VOTE_KEY, VoteEntity.VOTE_VALUE,
                VoteEntity.COMMUNITY_ID, VoteEntity.CREATED_AT, VoteEntity.UPDATED_AT))) {
            while (keys.size() < VOTES) {
                PostRef post = random.nextInt(4) == 0 ? questions.get(random.nextInt(questions.size()))
                        : answers.get(random.nextInt(answers.size()));
                String voter = voters.get(random.nextInt(voters.size()));
                String key = post.type().id() + ":" + post.id() + ":" + voter;
                if (keys.add(key)) {
                    Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(86_400 * 365)));
                    batch.add(post.type().id(), post.id(), voter, key, random.nextInt(5) == 0 ? -1 : 1,
                            post.community(), at, at);
                }
            }
            return batch.finish();
        }
    }

    /** Points for the bench people and the generated authors, so names show with reputation. */
    private static int insertReputation(Connection connection, List<String> benchAuthors, Random random)
            throws SQLException {
        List<String> people = new ArrayList<>(benchAuthors);
        for (int i = 1; i <= GENERATED_AUTHORS; i++) {
            people.add(String.format(Locale.ROOT, "bench-member-%06d", i));
        }
        try (InsertBatch batch = new InsertBatch(connection, AoTables.insert("REPUTATION", ReputationEntity.PERSON_KEY,
                ReputationEntity.QUESTION_UP_VOTES, ReputationEntity.QUESTION_DOWN_VOTES,
                ReputationEntity.ANSWER_UP_VOTES, ReputationEntity.ANSWER_DOWN_VOTES,
                ReputationEntity.ACCEPTED_ANSWERS, ReputationEntity.LOCK_TOKEN))) {
            for (String person : people) {
                batch.add(person, random.nextInt(50), random.nextInt(5), random.nextInt(200), random.nextInt(10),
                        random.nextInt(20), 0);
            }
            return batch.finish();
        }
    }

    /** Questions with several answers in communities whose spaces every user may read, not deleted. */
    private static String pageQuestions(List<GeneratedQuestion> questions, int[] answerCounts,
                                        Map<Integer, Integer> questionIds, Set<Integer> openIds) {
        List<String> ids = new ArrayList<>();
        for (GeneratedQuestion question : questions) {
            if (answerCounts[question.number()] >= PAGE_MIN_ANSWERS && openIds.contains(question.community())
                    && !question.deleted()) {
                ids.add(String.valueOf(questionIds.get(question.number())));
                if (ids.size() == PAGE_QUESTIONS) {
                    break;
                }
            }
        }
        return String.join(",", ids);
    }

    /** Real titles, most cut short as if still being typed. */
    private static String typedTitles(Samples samples, Random random) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < TYPED_TITLES; i++) {
            String title = samples.questions().get(random.nextInt(samples.questions().size())).title();
            String[] words = title.split(" ");
            int typed = random.nextInt(3) == 0 ? words.length : Math.max(2, words.length * 2 / 3);
            titles.add(String.join(" ", java.util.Arrays.copyOf(words, Math.min(typed, words.length))));
        }
        return String.join("\n", titles);
    }

    private static String sourceKey(String kind, int number) {
        return "bench:" + kind + ":" + number + ":" + UUID.nameUUIDFromBytes((kind + number).getBytes());
    }

    private static int numberOf(String sourceKey) {
        return Integer.parseInt(sourceKey.split(":")[2]);
    }

    /** A space everyone reads whose home page lists the busiest community's questions with the macro. */
    private static void createListMacroPage(DatasetContext context) {
        String body = "<p>The newest questions of the busiest community.</p>"
                + "<ac:structured-macro ac:name=\"guildhall-questions\">"
                + "<ac:parameter ac:name=\"community\">" + context.value(QA_COMMUNITY) + "</ac:parameter>"
                + "<ac:parameter ac:name=\"limit\">" + LIST_MACRO_ROWS + "</ac:parameter></ac:structured-macro>";
        context.macroPage(QA_LIST_PAGE, LIST_SPACE, "Questions", body);
    }

    /** Fails the load unless the app's own DAO reads a generated question with its topics. */
    private static void requireReadableThroughTheApp(DatasetContext context) {
        String first = context.value(QA_PAGES).split(",")[0];
        var question = context.bean(QuestionDao.class).find(Long.parseLong(first))
                .orElseThrow(() -> new IllegalStateException("The app does not find the question " + first));
        if (question.answerCount() < PAGE_MIN_ANSWERS || question.title().isBlank()) {
            throw new IllegalStateException("The question " + first + " reads back as " + question);
        }
    }
}

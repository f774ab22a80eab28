package org.guildhall.workbench.bench;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.ao.ActivityEntity;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The activity stream's data: {@code bench.activity.events} entries (default {@value #EVENTS_PER_COMMUNITY} per
 * community; the dataset is {@code -Dbench.scale=2000 -Dbench.activity.events=10000000}) spread over the last two years across every community, newest last, in a realistic mix
 * of kinds; entries about pages point at the community's home page, so that the page permission check has real pages
 * to check. Loaded with PostgreSQL's {@code COPY} in chunks of {@value #CHUNK} rows (other databases: multi-row
 * {@code INSERT} batches), then {@code ANALYZE}d. Also a reader, {@value #READER}, in no group, who may read every
 * other community's space: about half of them.
 */
final class ActivityDataPart implements DatasetPart {

    static final String READER = "stream.reader";
    /** The purpose of the kind the filtered scenario asks for, for {@link Dataset#value}. */
    static final String FILTER_KIND = "activity-filter-kind";
    static final int EVENTS_PER_COMMUNITY = 200;
    private static final int CHUNK = 200_000;
    private static final int INSERT_ROWS = 500;
    private static final Duration SPAN = Duration.ofDays(2 * 365);
    private static final DateTimeFormatter COPY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);
    /** Kinds in proportion: answers and comments are the most common, role changes the rarest. */
    private static final List<ActivityKind> MIX = mix();

    private record StoredCommunity(int id, String spaceKey, long homePageId) {
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public String description() {
        return "activity entries (COPY in chunks), and a reader who sees half the communities";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        long events = Long.parseLong(System.getProperty("bench.activity.events",
                String.valueOf((long) context.scale() * EVENTS_PER_COMMUNITY)));
        List<String> actors = context.plan().people().stream().map(SpacePlan.Person::userKey).toList();
        Random random = context.random();
        WorkbenchDatabase database = context.bean(WorkbenchDatabase.class);
        // A connection of its own, outside the pool: COPY needs the driver's own connection class.
        try (Connection connection = java.sql.DriverManager.getConnection(database.aoDatabase().url(),
                database.aoDatabase().username(), database.aoDatabase().password())) {
            List<StoredCommunity> communities = communities(connection);
            UserDirectory users = context.bean(UserDirectory.class);
            users.createGroup("stream-readers");
            users.create(new WorkbenchUser("bench-key-" + READER, READER, "Stream Reader", READER + "@example.com",
                    Locale.ENGLISH), READER, List.of("stream-readers"));
            int granted = 0;
            try (InsertBatch grants = new InsertBatch(connection, "INSERT INTO WB_SPACE_PERMISSION "
                    + "(SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION) VALUES (?, ?, ?, ?)")) {
                for (int i = 0; i < communities.size(); i += 2) {
                    grants.add(communities.get(i).spaceKey(), SpacePermission.SubjectType.USER.name(),
                            "bench-key-" + READER, SpacePermission.READ);
                }
                granted = grants.finish();
            }
            context.created("space permissions", granted);
            Instant end = Instant.now().minusSeconds(60);
            Instant start = end.minus(SPAN);
            long copied = isPostgres(connection)
                    ? copy(connection, events, communities, actors, random, start)
                    : insert(connection, events, communities, actors, random, start);
            context.created("activity entries", (int) Math.min(Integer.MAX_VALUE, copied));
            if (isPostgres(connection)) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE \"" + ActivityEntity.TABLE + "\"");
                }
            }
        }
        ConfluenceDataPart.forgetCachedHostData(context);
        context.value(FILTER_KIND, ActivityKind.QUESTION_ANSWERED.id());
    }

    private static List<StoredCommunity> communities(Connection connection) throws SQLException {
        List<StoredCommunity> communities = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT c.\"ID\", c.\"SPACE_KEY\", s.HOME_PAGE_ID "
                + "FROM \"AO_A368F0_COMMUNITY\" c JOIN WB_SPACE s ON s.SPACE_KEY = c.\"SPACE_KEY\" ORDER BY c.\"ID\"");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                communities.add(new StoredCommunity(rows.getInt(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return communities;
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** One event: time grows with {@code index}, so the newest events are inserted last, as they happen. */
    private record Event(int communityId, ActivityKind kind, String actor, long targetId, Long questionId,
                         Long contentId, String title, Instant at, String groupKey) {
    }

    private static Event event(long index, long events, List<StoredCommunity> communities, List<String> actors,
                               Random random, Instant start) {
        StoredCommunity community = communities.get(random.nextInt(communities.size()));
        ActivityKind kind = MIX.get(random.nextInt(MIX.size()));
        Instant at = start.plusMillis((long) (index * (double) SPAN.toMillis() / events));
        long question = 1 + random.nextInt(2_000_000);
        boolean aboutPage = kind.aboutConfluenceContent();
        boolean aboutQuestion = kind.name().startsWith("QUESTION") || kind == ActivityKind.ANSWER_ACCEPTED;
        Long contentId = aboutPage ? community.homePageId() : null;
        String title = aboutPage ? "Home of " + community.spaceKey()
                : aboutQuestion ? "Question " + question : community.spaceKey();
        return new Event(community.id(), kind, actors.get(random.nextInt(actors.size())), aboutPage ? contentId
                : question, aboutQuestion ? question : null, contentId, title, at,
                kind.id() + ":" + (aboutPage ? contentId : question));
    }

    private static long copy(Connection connection, long events, List<StoredCommunity> communities,
                             List<String> actors, Random random, Instant start) throws SQLException {
        String sql = "COPY \"" + ActivityEntity.TABLE + "\" (\"COMMUNITY_ID\", \"KIND\", \"ACTOR_KEY\", "
                + "\"TARGET_TYPE\", \"TARGET_ID\", \"QUESTION_ID\", \"CONTENT_ID\", \"TITLE\", \"URL\", "
                + "\"OCCURRED_AT\", \"GROUP_KEY\") FROM STDIN";
        try {
            Class<?> baseConnection = Class.forName("org.postgresql.core.BaseConnection");
            Object pg = connection.unwrap(baseConnection);
            Class<?> copyManagerType = Class.forName("org.postgresql.copy.CopyManager");
            Object copyManager = copyManagerType.getConstructor(baseConnection).newInstance(pg);
            Method copyIn = copyManagerType.getMethod("copyIn", String.class, java.io.Reader.class);
            long copied = 0;
            StringBuilder chunk = new StringBuilder(CHUNK * 160);
            for (long i = 0; i < events; i++) {
                Event event = event(i, events, communities, actors, random, start);
                chunk.append(event.communityId()).append('\t').append(event.kind().id()).append('\t')
                        .append(event.actor()).append('\t').append(targetType(event.kind())).append('\t')
                        .append(event.targetId()).append('\t').append(nullable(event.questionId())).append('\t')
                        .append(nullable(event.contentId())).append('\t').append(event.title()).append('\t')
                        .append(url(event)).append('\t').append(COPY_TIME.format(event.at())).append('\t')
                        .append(event.groupKey()).append('\n');
                if ((i + 1) % CHUNK == 0 || i == events - 1) {
                    copied += (Long) copyIn.invoke(copyManager, sql, new StringReader(chunk.toString()));
                    chunk.setLength(0);
                }
            }
            return copied;
        } catch (ReflectiveOperationException e) {
            throw new SQLException("PostgreSQL's COPY is not available: " + e, e);
        }
    }

    private static long insert(Connection connection, long events, List<StoredCommunity> communities,
                               List<String> actors, Random random, Instant start) throws SQLException {
        String row = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String sql = "INSERT INTO " + ActivityEntity.TABLE + " (COMMUNITY_ID, KIND, ACTOR_KEY, TARGET_TYPE, TARGET_ID, "
                + "QUESTION_ID, CONTENT_ID, TITLE, URL, OCCURRED_AT, GROUP_KEY) VALUES "
                + String.join(", ", Collections.nCopies(INSERT_ROWS, row));
        long inserted = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (long i = 0; i < events; i++) {
                Event event = event(i, events, communities, actors, random, start);
                Object[] values = {event.communityId(), event.kind().id(), event.actor(), targetType(event.kind()),
                        String.valueOf(event.targetId()), event.questionId(), event.contentId(), event.title(),
                        url(event), Timestamp.from(event.at()), event.groupKey()};
                for (Object value : values) {
                    statement.setObject(parameter++, value);
                }
                if (parameter > INSERT_ROWS * values.length) {
                    inserted += statement.executeUpdate();
                    parameter = 1;
                }
            }
        }
        return inserted;
    }

    private static String targetType(ActivityKind kind) {
        return kind.aboutConfluenceContent() ? "page" : kind.name().startsWith("MEMBER") ? "person" : "question";
    }

    private static String url(Event event) {
        return event.contentId() != null ? "/pages/viewpage.action?pageId=" + event.contentId()
                : "/plugins/servlet/guildhall/questions/" + event.targetId();
    }

    private static String nullable(Long value) {
        return value == null ? "\\N" : value.toString();
    }

    private static List<ActivityKind> mix() {
        List<ActivityKind> mix = new ArrayList<>();
        add(mix, ActivityKind.QUESTION_ASKED, 15);
        add(mix, ActivityKind.QUESTION_ANSWERED, 25);
        add(mix, ActivityKind.QUESTION_COMMENTED, 15);
        add(mix, ActivityKind.ANSWER_ACCEPTED, 5);
        add(mix, ActivityKind.PAGE_UPDATED, 15);
        add(mix, ActivityKind.PAGE_CREATED, 5);
        add(mix, ActivityKind.PAGE_COMMENTED, 10);
        add(mix, ActivityKind.CONTENT_LIKED, 4);
        add(mix, ActivityKind.MEMBER_JOINED, 5);
        add(mix, ActivityKind.MEMBER_ROLE_CHANGED, 1);
        return List.copyOf(mix);
    }

    private static void add(List<ActivityKind> mix, ActivityKind kind, int share) {
        for (int i = 0; i < share; i++) {
            mix.add(kind);
        }
    }
}

package org.guildhall.workbench.bench;

import org.guildhall.community.MemberNames;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.community.ao.MemberNameTokenEntity;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.AoTablePrefix;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.people.UserDirectory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Who belongs to which community: {@value #LARGE_COMMUNITY_MEMBERS} members (owners and moderators among them) and
 * {@value #LARGE_COMMUNITY_PENDING} pending requests in one large open community, and a long-tailed spread over the
 * others (many with a handful of members, a few with over a hundred; restricted spaces only their readers). The
 * members are generated people in the user directory, with names, because the member list shows and searches names.
 *
 * <p>Rows go in as JDBC batches with exactly the columns {@code MembershipDao} writes, the unique {@code PAIR_KEY}
 * included, and each community's stored member count is then set from its rows in one statement, as
 * {@code MembershipDao.refreshMemberCount} would. The load ends by reading one row back through the app's DAOs, so a
 * format drift fails the run instead of measuring empty lists.
 */
final class MembershipDataPart implements DatasetPart {

    /** The purpose of the large community's space key, for {@link Dataset#value}. */
    static final String LARGE_COMMUNITY = "large-community";
    /** A last name that about one member in {@value #LAST_NAME_COUNT} has, for {@link Dataset#value}. */
    static final String COMMON_MEMBER_NAME = "common-member-name";
    /** A page with the {@code guildhall-community-members} macro of the large community. */
    static final String MEMBERS_MACRO_PAGE = "members-macro";
    /** The macro's first page: {@code CommunityMembersMacro.PAGE_SIZE}. */
    static final int MEMBERS_MACRO_ROWS = 20;
    private static final String MEMBERS_MACRO_SPACE = "MEMBERLIST";
    /** A full name that about one member in 1,600 has, for {@link Dataset#value}. */
    static final String RARE_MEMBER_NAME = "rare-member-name";

    static final int LARGE_COMMUNITY_MEMBERS = 50_000;
    static final int LARGE_COMMUNITY_PENDING = 200;
    private static final int LARGE_COMMUNITY_OWNERS = 3;
    private static final int LARGE_COMMUNITY_MODERATORS = 30;
    /** Bench people (who log in) among the large community's owners and moderators; the rest are generated. */
    private static final int LARGE_COMMUNITY_STAFF_FROM_BENCH = 10;
    /** Other communities have 1 to 1 + this many members, most of them few. */
    private static final int LARGEST_OTHER_COMMUNITY = 150;
    private static final int LAST_NAME_COUNT = 40;
    private static final Duration OLDEST_MEMBERSHIP = Duration.ofDays(2 * 365);
    /** Not a PBKDF2 hash, so no password matches: generated members never log in, the bench people do. */
    private static final String NO_PASSWORD = "!";

    private static final List<String> FIRST_NAMES = List.of("Aiko", "Bruno", "Carmen", "Dmitri", "Esther", "Fatima",
            "Goran", "Hana", "Ivan", "Julia", "Kwame", "Lucia", "Mateo", "Nadia", "Omar", "Paula", "Rafael", "Sofia",
            "Tomas", "Ursula", "Viktor", "Wanjiru", "Xavier", "Yara", "Zoltan", "Anika", "Benedikt", "Chiara", "Diego",
            "Emma", "Felix", "Greta", "Hugo", "Ingrid", "Jamal", "Katarina", "Leon", "Mira", "Noah", "Olga");
    private static final List<String> LAST_NAMES = List.of("Abe", "Bauer", "Costa", "Demir", "Eriksen", "Fischer",
            "Gomez", "Horvath", "Ivanova", "Jensen", "Kaur", "Larsen", "Mendes", "Nakamura", "Okonkwo", "Petrov",
            "Quinn", "Richter", "Santos", "Takahashi", "Uddin", "Vogel", "Weber", "Xu", "Yamamoto", "Zimmermann",
            "Andersen", "Brennan", "Castillo", "Dlamini", "Engel", "Fontaine", "Gallagher", "Hoffmann", "Iyer",
            "Jovanovic", "Keller", "Lindgren", "Moreau", "Nieminen");

    @Override
    public String name() {
        return "members";
    }

    @Override
    public String description() {
        return "members (one community of " + LARGE_COMMUNITY_MEMBERS + ", a long tail elsewhere), JDBC batches";
    }

    @Override
    public void load(DatasetContext context) throws SQLException {
        Random random = context.random();
        SpacePlan plan = context.plan();
        List<GeneratedPerson> generated = generatePeople(
                LARGE_COMMUNITY_MEMBERS - LARGE_COMMUNITY_STAFF_FROM_BENCH + LARGE_COMMUNITY_PENDING);
        Tables tables = new Tables(new AoTablePrefix(AoDatabase.NAMESPACE));
        String largeCommunity;
        try (Connection connection = context.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                context.created("people", insertPeople(connection, generated));
                Map<String, StoredCommunity> communities = readCommunities(connection, tables);
                SpacePlan.PlannedSpace large = largeCommunitySpace(plan, communities);
                largeCommunity = large.key();
                try (InsertBatch batch = new InsertBatch(connection, tables.insertMembership());
                     InsertBatch tokens = new InsertBatch(connection, tables.insertNameToken())) {
                    Instant now = Instant.now();
                    MembershipRows rows = new MembershipRows(batch, tokens, nameTokens(plan.people(), generated),
                            random, now);
                    addLargeCommunity(rows, communities.get(large.key()).id(), large, plan.people(), generated);
                    for (SpacePlan.PlannedSpace space : plan.spaces()) {
                        StoredCommunity community = communities.get(space.key());
                        if (community != null && !space.equals(large)) {
                            addOtherCommunity(rows, community, space, plan.people(), generated, random);
                        }
                    }
                    context.created("memberships", batch.finish());
                    context.created("member name tokens", tokens.finish());
                }
                try (Statement counts = connection.createStatement()) {
                    counts.executeUpdate(tables.refreshMemberCounts());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        ConfluenceDataPart.forgetCachedHostData(context);
        requireReadableThroughTheApp(context, largeCommunity, generated.get(0));
        context.value(LARGE_COMMUNITY, largeCommunity);
        context.macroPage(MEMBERS_MACRO_PAGE, MEMBERS_MACRO_SPACE, "Members",
                "<p>Who belongs to the largest community.</p><ac:structured-macro ac:name=\"guildhall-community-members\">"
                        + "<ac:parameter ac:name=\"space\">" + largeCommunity + "</ac:parameter></ac:structured-macro>");
        context.value(COMMON_MEMBER_NAME, LAST_NAMES.get(7));
        context.value(RARE_MEMBER_NAME, FIRST_NAMES.get(3) + " " + LAST_NAMES.get(11));
    }

    /** A generated person; user keys sort in creation order, as the member list pages by user key. */
    /** The words of every person's name, as the app stores them when a membership is added ({@link MemberNames}). */
    private static Map<String, List<String>> nameTokens(List<SpacePlan.Person> benchPeople,
                                                        List<GeneratedPerson> generated) {
        Map<String, List<String>> tokens = new HashMap<>();
        benchPeople.forEach(person -> tokens.put(person.userKey(),
                MemberNames.tokens(person.fullName(), person.username())));
        generated.forEach(person -> tokens.put(person.userKey(),
                MemberNames.tokens(person.fullName(), person.username())));
        return tokens;
    }

    record GeneratedPerson(String userKey, String username, String fullName) {
    }

    /** A community as stored by the part before: its id, visibility and whether it is switched on. */
    private record StoredCommunity(int id, Visibility visibility, boolean enabled) {
    }

    static List<GeneratedPerson> generatePeople(int count) {
        List<GeneratedPerson> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
            String last = LAST_NAMES.get((i / FIRST_NAMES.size() + i) % LAST_NAMES.size());
            String number = String.format(Locale.ROOT, "%06d", i + 1);
            people.add(new GeneratedPerson("bench-member-" + number,
                    (first + "." + last).toLowerCase(Locale.ROOT) + "." + number, first + " " + last));
        }
        return List.copyOf(people);
    }

    private static int insertPeople(Connection connection, List<GeneratedPerson> people) throws SQLException {
        try (InsertBatch users = new InsertBatch(connection, "INSERT INTO WB_USER "
                + "(USER_KEY, USERNAME, FULL_NAME, EMAIL, LOCALE, PASSWORD_HASH) VALUES (?, ?, ?, ?, ?, ?)");
             InsertBatch groups = new InsertBatch(connection,
                     "INSERT INTO WB_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)")) {
            for (GeneratedPerson person : people) {
                users.add(person.userKey(), person.username(), person.fullName(), person.username() + "@example.com",
                        "en", NO_PASSWORD);
                groups.add(UserDirectory.USERS, person.userKey());
            }
            groups.finish();
            return users.finish();
        }
    }

    private static Map<String, StoredCommunity> readCommunities(Connection connection, Tables tables)
            throws SQLException {
        Map<String, StoredCommunity> communities = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(tables.selectCommunities());
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                communities.put(row.getString(2), new StoredCommunity(row.getInt(1),
                        Visibility.valueOf(row.getString(3)), row.getBoolean(4)));
            }
        }
        return communities;
    }

    /** The first open, switched-on community whose space every user may read. */
    private static SpacePlan.PlannedSpace largeCommunitySpace(SpacePlan plan, Map<String, StoredCommunity> communities) {
        return plan.spaces().stream().filter(space -> {
            StoredCommunity community = communities.get(space.key());
            return !space.restricted() && community != null && community.enabled()
                    && community.visibility() == Visibility.OPEN;
        }).findFirst().orElseThrow(() -> new IllegalStateException("No open community for the large one"));
    }

    /**
     * The space owner and two more bench people own it, seven bench people and generated people spread over the
     * whole user-key range moderate it (so that {@code role=moderator} must look past many plain members), everybody
     * else is a plain member, and the last generated people are waiting for approval.
     */
    private static void addLargeCommunity(MembershipRows rows, int communityId, SpacePlan.PlannedSpace space,
                                          List<SpacePlan.Person> benchPeople, List<GeneratedPerson> generated)
            throws SQLException {
        List<String> staff = new ArrayList<>(List.of(space.owner().userKey()));
        for (SpacePlan.Person person : benchPeople) {
            if (staff.size() < LARGE_COMMUNITY_STAFF_FROM_BENCH && !staff.contains(person.userKey())) {
                staff.add(person.userKey());
            }
        }
        for (int i = 0; i < staff.size(); i++) {
            rows.add(communityId, staff.get(i), i < LARGE_COMMUNITY_OWNERS ? MembershipRole.OWNER
                    : MembershipRole.MODERATOR, MembershipState.MEMBER, space.owner().userKey());
        }
        int plainMembers = LARGE_COMMUNITY_MEMBERS - staff.size();
        int generatedModerators = LARGE_COMMUNITY_MODERATORS - (staff.size() - LARGE_COMMUNITY_OWNERS);
        int moderatorEvery = plainMembers / generatedModerators;
        for (int i = 0; i < plainMembers; i++) {
            MembershipRole role = i % moderatorEvery == moderatorEvery / 2 && i / moderatorEvery < generatedModerators
                    ? MembershipRole.MODERATOR : MembershipRole.MEMBER;
            rows.add(communityId, generated.get(i).userKey(), role, MembershipState.MEMBER, space.owner().userKey());
        }
        for (int i = plainMembers; i < plainMembers + LARGE_COMMUNITY_PENDING; i++) {
            String userKey = generated.get(i).userKey();
            rows.add(communityId, userKey, MembershipRole.MEMBER, MembershipState.PENDING, userKey);
        }
    }

    /**
     * The space owner owns it; members are drawn from everybody (restricted spaces: only their readers); bigger ones
     * have a moderator; communities that take requests have a few waiting.
     */
    private static void addOtherCommunity(MembershipRows rows, StoredCommunity community, SpacePlan.PlannedSpace space,
                                          List<SpacePlan.Person> benchPeople, List<GeneratedPerson> generated,
                                          Random random) throws SQLException {
        String owner = space.owner().userKey();
        rows.add(community.id(), owner, MembershipRole.OWNER, MembershipState.MEMBER, owner);
        if (space.restricted()) {
            for (SpacePlan.Person reader : space.readers()) {
                if (!reader.userKey().equals(owner)) {
                    rows.add(community.id(), reader.userKey(), MembershipRole.MEMBER, MembershipState.MEMBER, owner);
                }
            }
            return;
        }
        int size = 1 + (int) (Math.pow(random.nextDouble(), 4) * LARGEST_OTHER_COMMUNITY);
        int pending = community.visibility() == Visibility.REQUEST ? random.nextInt(4) : 0;
        Set<String> chosen = new LinkedHashSet<>(List.of(owner));
        while (chosen.size() < size + pending) {
            int pick = random.nextInt(generated.size() + benchPeople.size());
            chosen.add(pick < benchPeople.size() ? benchPeople.get(pick).userKey()
                    : generated.get(pick - benchPeople.size()).userKey());
        }
        int position = 0;
        for (String userKey : chosen) {
            if (position > 0 && position < size) {
                MembershipRole role = position == 1 && size >= 20 ? MembershipRole.MODERATOR : MembershipRole.MEMBER;
                rows.add(community.id(), userKey, role, MembershipState.MEMBER, owner);
            } else if (position >= size) {
                rows.add(community.id(), userKey, MembershipRole.MEMBER, MembershipState.PENDING, userKey);
            }
            position++;
        }
    }

    /** Fails the load unless the app's own DAOs find what was inserted, with a member count equal to the rows. */
    private static void requireReadableThroughTheApp(DatasetContext context, String spaceKey, GeneratedPerson member) {
        var community = context.bean(CommunityDao.class).findBySpaceKey(spaceKey)
                .orElseThrow(() -> new IllegalStateException("The app does not find the community " + spaceKey));
        if (community.memberCount() != LARGE_COMMUNITY_MEMBERS) {
            throw new IllegalStateException("The community " + spaceKey + " counts " + community.memberCount()
                    + " members, not " + LARGE_COMMUNITY_MEMBERS);
        }
        if (context.bean(MembershipDao.class).find(community.id(), member.userKey()).isEmpty()) {
            throw new IllegalStateException("The app does not find the membership of " + member.userKey() + " in "
                    + spaceKey + ": the generated PAIR_KEY differs from MembershipDao's");
        }
    }

    /** Adds membership rows as {@code MembershipDao.insert} would write them, with spread-out dates. */
    private static final class MembershipRows {

        private final InsertBatch batch;
        private final InsertBatch tokens;
        private final Map<String, List<String>> tokensByUserKey;
        private final Random random;
        private final Instant now;

        MembershipRows(InsertBatch batch, InsertBatch tokens, Map<String, List<String>> tokensByUserKey, Random random,
                       Instant now) {
            this.batch = batch;
            this.tokens = tokens;
            this.tokensByUserKey = tokensByUserKey;
            this.random = random;
            this.now = now;
        }

        void add(int communityId, String userKey, MembershipRole role, MembershipState state, String actorKey)
                throws SQLException {
            Timestamp since = Timestamp.from(now.minusSeconds(
                    (long) (random.nextDouble() * OLDEST_MEMBERSHIP.toSeconds())));
            batch.add(communityId, userKey, communityId + ":" + userKey, role.name(), state.name(), actorKey,
                    since, since);
            for (String token : tokensByUserKey.getOrDefault(userKey, List.of())) {
                tokens.add(communityId, userKey, token, state.name());
            }
        }
    }

    /** The app's table and column names as Active Objects creates them on PostgreSQL: upper case, quoted. */
    private record Tables(AoTablePrefix prefix) {

        String insertMembership() {
            return "INSERT INTO " + table("MEMBERSHIP") + " (" + columns(MembershipEntity.COMMUNITY_ID,
                    MembershipEntity.USER_KEY, MembershipEntity.PAIR_KEY, MembershipEntity.MEMBER_ROLE,
                    MembershipEntity.MEMBER_STATE, MembershipEntity.ACTOR_KEY, MembershipEntity.CREATED_AT,
                    MembershipEntity.UPDATED_AT) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        }

        String insertNameToken() {
            return "INSERT INTO " + table("MEMBER_WORD") + " (" + columns(MemberNameTokenEntity.COMMUNITY_ID,
                    MemberNameTokenEntity.USER_KEY, MemberNameTokenEntity.TOKEN, MemberNameTokenEntity.MEMBER_STATE)
                    + ") VALUES (?, ?, ?, ?)";
        }

        String selectCommunities() {
            return "SELECT " + columns(CommunityEntity.ID, CommunityEntity.SPACE_KEY, CommunityEntity.VISIBILITY,
                    CommunityEntity.ENABLED) + " FROM " + table("COMMUNITY");
        }

        String refreshMemberCounts() {
            return "UPDATE " + table("COMMUNITY") + " SET " + quote(CommunityEntity.MEMBER_COUNT) + " = (SELECT COUNT(*) FROM "
                    + table("MEMBERSHIP") + " M WHERE M." + quote(MembershipEntity.COMMUNITY_ID) + " = "
                    + table("COMMUNITY") + "." + quote(CommunityEntity.ID) + " AND M."
                    + quote(MembershipEntity.MEMBER_STATE) + " = '" + MembershipState.MEMBER.name() + "')";
        }

        private String table(String name) {
            return quote(prefix.prepend(name));
        }

        private static String columns(String... names) {
            return String.join(", ", Arrays.stream(names).map(Tables::quote).toList());
        }

        private static String quote(String name) {
            return "\"" + name + "\"";
        }
    }
}

package org.guildhall.workbench;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.NodeProcess;
import org.guildhall.testing.SharedPostgres;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.cluster.ClusterTimings;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Two workbench nodes on one PostgreSQL database serve a fixed number of mixed reads and writes from six people at
 * once, each request to one node or the other — joining and leaving, role changes, asking, answering, voting and
 * taking votes back, accepting, commenting, following — and afterwards every invariant holds: each post's score is the
 * sum of its votes, a question has at most one accepted answer, a community keeps an owner, member counts equal the
 * membership rows, every acknowledged write is there and no pair is stored twice. The same holds when one node dies
 * in the middle of the run (its connections, server and cluster leases stop at once) and is started again: the other
 * node keeps serving throughout, the restarted one serves again, and a cluster lock the dead node held runs out —
 * whether the node dies inside this JVM ({@link Workbench#halt()}) or is a JVM of its own killed by {@code SIGKILL}
 * ({@link NodeProcess}).
 *
 * <p>Bounded: {@value #OPERATIONS} operations per person, a {@value #DEADLINE_SECONDS}-second deadline per run
 * ({@value #PROCESS_DEADLINE_SECONDS} seconds with a node process, which starts cold), loopback only. PostgreSQL only; skipped without it unless {@code -Ddb.required=true}.
 */
public class TwoNodeSoakTest {

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static final String DATABASE = "guildhall_soak_" + ProcessHandle.current().pid();
    private static final String REST = "/rest/guildhall/1.0";
    private static final String TABLES = "AO_A368F0_";
    private static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin", "admin");
    private static final int OPERATIONS = 60;
    private static final int DEADLINE_SECONDS = 45;
    private static final int PROCESS_DEADLINE_SECONDS = 120;
    /** The lease is long enough that "still held right after the death" is certain, short enough to wait out. */
    private static final Duration LOCK_LEASE = Duration.ofSeconds(4);
    private static final List<String> RATE_LIMITED = List.of("ask", "answer", "comment", "vote");

    private static final Map<String, String> savedRateLimits = new HashMap<>();
    private static WorkbenchOptions options;
    private static Workbench first;
    private static Workbench second;

    @BeforeClass
    public static void startTwoNodesOnPostgres() throws Exception {
        AoDatabase postgres = AoDatabase.postgres(DATABASE);
        SharedPostgres.assumeReachable(postgres);
        postgres.dropIfExists();
        // six people writing as fast as two nodes answer would hit the per-person rate limits, which are not tested here
        for (String action : RATE_LIMITED) {
            String property = "org.guildhall.rate-limit." + action;
            savedRateLimits.put(property, System.getProperty(property));
            System.setProperty(property, "100000/60");
        }
        String basedir = System.getProperty("project.basedir");
        options = new WorkbenchOptions(0, HOME.getRoot().toPath(), WorkbenchOptions.Database.POSTGRES, DATABASE, 1,
                basedir == null ? null : Path.of(basedir), true)
                .withClusterTimings(new ClusterTimings(LOCK_LEASE, Duration.ofMillis(200), Duration.ofMillis(100)));
        first = SharedPostgres.startNode(options);
        second = SharedPostgres.startNode(options.withNodeId(2));
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
            AoDatabase.postgres(DATABASE).dropIfExists();
        }
        savedRateLimits.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    public void mixedWritesFromBothNodes_leaveEveryInvariantIntact() throws Exception {
        Cluster cluster = new Cluster(first.baseUrl(), second.baseUrl());
        int communityId = createCommunity(cluster, "SOAKA");

        Soak soak = new Soak(cluster, "SOAKA", 1);
        long started = System.nanoTime();
        soak.run(null);
        System.out.println("[soak] both nodes: " + soak.summary() + " in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");

        assertThat("failed requests: " + soak.serverErrors, soak.serverErrors, is(empty()));
        assertThat("writes acknowledged by node 1", soak.acknowledgedOn[0].get(), greaterThan(20));
        assertThat("writes acknowledged by node 2", soak.acknowledgedOn[1].get(), greaterThan(20));
        assertInvariants(communityId, soak);
    }

    @Test
    public void aNodeKilledMidRunAndRestarted_leavesEveryInvariantIntact_whileTheOtherKeepsServing() throws Exception {
        Cluster cluster = new Cluster(first.baseUrl(), second.baseUrl());
        int communityId = createCommunity(cluster, "SOAKB");
        String lockName = "org.guildhall.archive.import.SOAKB";
        ClusterLock heldByTheDoomedNode = second.bean(ClusterLockService.class).getLockForName(lockName);
        assertThat(heldByTheDoomedNode.tryLock(), is(true));

        Soak soak = new Soak(cluster, "SOAKB", 2);
        AtomicReference<String> lockAfterDeath = new AtomicReference<>("not checked");
        soak.run(new Soak.Disaster() {
            @Override
            void kill() {
                second.halt();
            }

            @Override
            void afterDeath() {
                lockAfterDeath.set(survivorTakesOver(lockName));
            }

            @Override
            void restart() {
                second = SharedPostgres.startNode(options.withNodeId(2));
                cluster.replaceSecond(second.baseUrl());
            }
        });

        assertSurvived("node killed and restarted", cluster, "SOAKB", communityId, soak, lockAfterDeath.get());
    }

    /**
     * As above, with the second node in a JVM of its own killed by {@code SIGKILL}, as the operating system kills a
     * process: nothing of it runs after the signal (no shutdown hook, no rollback it sends itself, no lock it gives
     * back), the kernel closes its sockets, and PostgreSQL rolls back what its connections had in flight.
     */
    @Test
    public void aNodeProcessKilledBySigkillAndRestarted_leavesEveryInvariantIntact_whileTheOtherKeepsServing()
            throws Exception {
        String lockName = "org.guildhall.archive.import.SOAKC";
        Path home = HOME.newFolder("node-process").toPath();
        Map<String, String> rateLimits = new HashMap<>();
        RATE_LIMITED.forEach(action -> rateLimits.put("org.guildhall.rate-limit." + action, "100000/60"));
        AtomicReference<NodeProcess> doomed = new AtomicReference<>(
                NodeProcess.start(home, DATABASE, 3, options.clusterTimings(), lockName, rateLimits));
        try {
            Cluster cluster = new Cluster(first.baseUrl(), doomed.get().baseUrl());
            int communityId = createCommunity(cluster, "SOAKC");
            // a JVM started cold serves slower at first than a node restarted inside this one
            Soak soak = new Soak(cluster, "SOAKC", 3, Duration.ofSeconds(PROCESS_DEADLINE_SECONDS));
            AtomicReference<String> lockAfterDeath = new AtomicReference<>("not checked");
            soak.run(new Soak.Disaster() {
                @Override
                void kill() {
                    doomed.get().kill();
                }

                @Override
                void afterDeath() {
                    lockAfterDeath.set(survivorTakesOver(lockName));
                }

                @Override
                void restart() {
                    doomed.set(NodeProcess.start(home, DATABASE, 3, options.clusterTimings(), "", rateLimits));
                    cluster.replaceSecond(doomed.get().baseUrl());
                }
            });
            assertSurvived("node process killed (SIGKILL) and restarted", cluster, "SOAKC", communityId, soak,
                    lockAfterDeath.get());
        } catch (AssertionError | RuntimeException e) {
            System.out.println("[soak] the node process's last output:\n" + doomed.get().lastOutput());
            throw e;
        } finally {
            doomed.get().close();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Whether the survivor can take at once a lock the dead node held (it must not), then waits until it can (its
     * lease ran out).
     *
     * @return what happened, starting {@code taken at once: false} when the lease held
     */
    private static String survivorTakesOver(String lockName) {
        ClusterLockService survivorLocks = first.bean(ClusterLockService.class);
        boolean takenAtOnce = survivorLocks.getLockForName(lockName).tryLock();
        long died = System.nanoTime();
        eventually(() -> survivorLocks.getLockForName(lockName).tryLock(), Duration.ofSeconds(20),
                "the survivor takes the lock the dead node held once its lease ran out");
        survivorLocks.getLockForName(lockName).unlock();
        return "taken at once: " + takenAtOnce + ", taken after " + Duration.ofNanos(System.nanoTime() - died).toMillis()
                + " ms";
    }

    /** The survivor served throughout, both served writes around the death, the lease held, every invariant holds. */
    private static void assertSurvived(String what, Cluster cluster, String spaceKey, int communityId, Soak soak,
                                       String lockAfterDeath) throws SQLException {
        System.out.println("[soak] " + what + ": " + soak.summary() + "; lock " + lockAfterDeath
                + "; acknowledged while dead " + soak.acknowledgedWhileDead + ", after restart "
                + soak.acknowledgedAfterRestart);
        assertThat(lockAfterDeath, lockAfterDeath.startsWith("taken at once: false"), is(true));
        assertThat("failures other than the dying node's: " + soak.serverErrors, soak.serverErrors, is(empty()));
        assertThat("writes the survivor acknowledged while the other node was dead", soak.acknowledgedWhileDead.get(),
                greaterThan(0));
        assertThat("writes the restarted node acknowledged", soak.acknowledgedAfterRestart.get(), greaterThan(0));
        Response community = cluster.client(1).get("bob", REST + "/communities/" + spaceKey);
        assertThat(community.body(), community.status(), is(200));
        assertInvariants(communityId, soak);
    }

    private static int createCommunity(Cluster cluster, String spaceKey) throws SQLException {
        ConfluenceClient onFirst = cluster.client(0);
        onFirst.createSpace("alice", spaceKey, "Soak " + spaceKey);
        onFirst.grantGroupRead("alice", spaceKey, "confluence-users");
        ok(onFirst.putJson("alice", REST + "/communities/" + spaceKey, toJson(Map.of("name", "Soak " + spaceKey,
                "visibility", "open", "topics", List.of("soak")))));
        for (int i = 0; i < PEOPLE.size(); i++) {
            if (!"alice".equals(PEOPLE.get(i))) {
                ok(cluster.client(i % 2).postJson(PEOPLE.get(i), REST + "/communities/" + spaceKey + "/members/me", "{}"));
            }
        }
        ok(onFirst.putJson("alice", REST + "/communities/" + spaceKey + "/members/wb-key-bob",
                toJson(Map.of("role", "owner"))));
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT \"ID\" FROM \"" + TABLES + "COMMUNITY\" WHERE \"SPACE_KEY\" = ?")) {
            statement.setString(1, spaceKey);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next(), is(true));
                return result.getInt(1);
            }
        }
    }

    private static void assertInvariants(int communityId, Soak soak) throws SQLException {
        try (Connection connection = connect()) {
            List<String> broken = new ArrayList<>();
            broken.addAll(rows(connection, "question score is not the sum of its votes", "SELECT q.\"ID\", q.\"SCORE\", "
                    + "(SELECT COALESCE(SUM(v.\"VOTE_VALUE\"), 0) FROM \"" + TABLES + "VOTE\" v WHERE v.\"POST_TYPE\" = "
                    + "'question' AND v.\"POST_ID\" = q.\"ID\") AS votes FROM \"" + TABLES + "QUESTION\" q WHERE "
                    + "q.\"COMMUNITY_ID\" = ?", communityId, row -> row.getInt(2) != row.getInt(3)));
            broken.addAll(rows(connection, "answer score is not the sum of its votes", "SELECT a.\"ID\", a.\"SCORE\", "
                    + "(SELECT COALESCE(SUM(v.\"VOTE_VALUE\"), 0) FROM \"" + TABLES + "VOTE\" v WHERE v.\"POST_TYPE\" = "
                    + "'answer' AND v.\"POST_ID\" = a.\"ID\") AS votes FROM \"" + TABLES + "ANSWER\" a WHERE "
                    + "a.\"COMMUNITY_ID\" = ?", communityId, row -> row.getInt(2) != row.getInt(3)));
            broken.addAll(rows(connection, "question whose accepted answers disagree with it", "SELECT q.\"ID\", "
                    + "q.\"ACCEPTED_ANSWER_ID\", (SELECT COUNT(*) FROM \"" + TABLES + "ANSWER\" a WHERE a.\"ACCEPTED_FOR\" = "
                    + "q.\"ID\"), (SELECT MIN(a.\"ID\") FROM \"" + TABLES + "ANSWER\" a WHERE a.\"ACCEPTED_FOR\" = q.\"ID\") "
                    + "FROM \"" + TABLES + "QUESTION\" q WHERE q.\"COMMUNITY_ID\" = ?", communityId,
                    row -> row.getInt(3) > 1 || row.getInt(3) != (row.getObject(2) == null ? 0 : 1)
                            || row.getObject(2) != null && row.getInt(2) != row.getInt(4)));
            broken.addAll(rows(connection, "answer count differs from the answers", "SELECT q.\"ID\", q.\"ANSWER_COUNT\", "
                    + "(SELECT COUNT(*) FROM \"" + TABLES + "ANSWER\" a WHERE a.\"QUESTION_ID\" = q.\"ID\") FROM \""
                    + TABLES + "QUESTION\" q WHERE q.\"COMMUNITY_ID\" = ?", communityId,
                    row -> row.getInt(2) != row.getInt(3)));
            broken.addAll(rows(connection, "member count differs from the membership rows", "SELECT c.\"ID\", "
                    + "c.\"MEMBER_COUNT\", (SELECT COUNT(*) FROM \"" + TABLES + "MEMBERSHIP\" m WHERE m.\"COMMUNITY_ID\" = "
                    + "c.\"ID\" AND m.\"MEMBER_STATE\" = 'MEMBER') FROM \"" + TABLES + "COMMUNITY\" c WHERE c.\"ID\" = ?",
                    communityId, row -> row.getInt(2) != row.getInt(3)));
            broken.addAll(rows(connection, "community without an owner", "SELECT c.\"ID\", (SELECT COUNT(*) FROM \""
                    + TABLES + "MEMBERSHIP\" m WHERE m.\"COMMUNITY_ID\" = c.\"ID\" AND m.\"MEMBER_STATE\" = 'MEMBER' AND "
                    + "m.\"MEMBER_ROLE\" = 'OWNER') FROM \"" + TABLES + "COMMUNITY\" c WHERE c.\"ID\" = ?", communityId,
                    row -> row.getInt(2) < 1));
            broken.addAll(rows(connection, "membership stored twice", "SELECT \"USER_KEY\", COUNT(*) FROM \"" + TABLES
                    + "MEMBERSHIP\" WHERE \"COMMUNITY_ID\" = ? GROUP BY \"USER_KEY\" HAVING COUNT(*) > 1", communityId,
                    row -> true));
            broken.addAll(rows(connection, "vote stored twice", "SELECT \"POST_TYPE\", \"POST_ID\", \"VOTER_KEY\", "
                    + "COUNT(*) FROM \"" + TABLES + "VOTE\" WHERE \"COMMUNITY_ID\" = ? GROUP BY \"POST_TYPE\", "
                    + "\"POST_ID\", \"VOTER_KEY\" HAVING COUNT(*) > 1", communityId, row -> true));
            broken.addAll(rows(connection, "follow stored twice", "SELECT \"TARGET_TYPE\", \"TARGET_ID\", \"USER_KEY\", "
                    + "COUNT(*) FROM \"" + TABLES + "FOLLOW\" WHERE ? IS NOT NULL GROUP BY \"TARGET_TYPE\", \"TARGET_ID\", "
                    + "\"USER_KEY\" HAVING COUNT(*) > 1", communityId, row -> true));
            broken.addAll(soak.lostWrites(connection, communityId));
            assertThat("broken invariants (" + soak.summary() + ")", broken, is(empty()));
        }
    }

    private interface RowCheck {
        boolean broken(ResultSet row) throws SQLException;
    }

    private static List<String> rows(Connection connection, String what, String sql, int parameter, RowCheck check)
            throws SQLException {
        List<String> broken = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    if (check.broken(result)) {
                        List<String> values = new ArrayList<>();
                        for (int column = 1; column <= columns; column++) {
                            values.add(String.valueOf(result.getObject(column)));
                        }
                        broken.add(what + ": " + values);
                    }
                }
            }
        }
        return broken;
    }

    private static int count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /**
     * A connection from the first node's pool: it is already open, so the checks do not need a slot of the shared
     * server, which other builds may have taken.
     */
    private static Connection connect() throws SQLException {
        return first.bean(WorkbenchDatabase.class).dataSource().getConnection();
    }


    private static Response ok(Response response) {
        assertThat(response.body(), response.status() / 100, is(2));
        return response;
    }

    private static void eventually(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what, e);
            }
        }
    }

    /** The two nodes' HTTP clients; the second is replaced when its node is restarted. */
    private static final class Cluster {
        private final AtomicReference<ConfluenceClient>[] clients;
        private volatile boolean secondDead;

        @SuppressWarnings("unchecked")
        Cluster(String first, String second) {
            clients = new AtomicReference[]{new AtomicReference<>(new ConfluenceClient(first)),
                    new AtomicReference<>(new ConfluenceClient(second))};
        }

        ConfluenceClient client(int node) {
            return clients[node].get();
        }

        void replaceSecond(String restarted) {
            clients[1].set(new ConfluenceClient(restarted));
        }
    }

    /**
     * Six people, each on a thread of their own, each doing {@value #OPERATIONS} operations chosen by a seeded random
     * generator and sent alternately to the two nodes; records what each node acknowledged and what stayed uncertain
     * (no answer, or a 5xx from a node that was dying: the write may or may not have been committed).
     */
    private static final class Soak {

        /** What happens to the second node while the people work. */
        abstract static class Disaster {
            abstract void kill();

            /** Runs once requests no longer go to the dead node. */
            abstract void afterDeath();

            abstract void restart();
        }

        private enum Phase { BOTH, DYING, SECOND_DEAD, RESTARTED }

        private final Cluster cluster;
        private final String spaceKey;
        private final long seed;
        private final Duration deadline;
        private final List<Long> questions = new CopyOnWriteArrayList<>();
        private final List<Long> answers = new CopyOnWriteArrayList<>();
        private final AtomicInteger[] acknowledgedOn = {new AtomicInteger(), new AtomicInteger()};
        private final AtomicInteger acknowledgedWhileDead = new AtomicInteger();
        private final AtomicInteger acknowledgedAfterRestart = new AtomicInteger();
        private final AtomicInteger operationsDone = new AtomicInteger();
        private final List<String> serverErrors = new CopyOnWriteArrayList<>();
        private final Map<String, Person> people = new HashMap<>();
        private volatile Phase phase = Phase.BOTH;

        Soak(Cluster cluster, String spaceKey, long seed) {
            this(cluster, spaceKey, seed, Duration.ofSeconds(DEADLINE_SECONDS));
        }

        Soak(Cluster cluster, String spaceKey, long seed, Duration deadline) {
            this.cluster = cluster;
            this.spaceKey = spaceKey;
            this.seed = seed;
            this.deadline = deadline;
            PEOPLE.forEach(name -> people.put(name, new Person(name)));
        }

        /**
         * Runs the people's operations. With a disaster, the second node is killed once a quarter of them are done, with
         * requests in flight; nobody goes past three eighths until it is dead (so some operations surely run while it
         * is, however fast the first ones went) or past half-way until it has been started again, so that the second
         * half also reaches it.
         */
        void run(Disaster disaster) throws Exception {
            for (Person person : people.values()) {
                person.ask(0);
            }
            long deadline = System.nanoTime() + this.deadline.toNanos();
            CountDownLatch killed = new CountDownLatch(disaster == null ? 0 : 1);
            CountDownLatch halfWay = new CountDownLatch(disaster == null ? 0 : 1);
            ExecutorService threads = Executors.newFixedThreadPool(PEOPLE.size());
            try {
                List<Future<?>> work = new ArrayList<>();
                int index = 0;
                for (Person person : people.values()) {
                    Random random = new Random(seed * 31 + index++);
                    work.add(threads.submit(() -> {
                        for (int op = 0; op < OPERATIONS && System.nanoTime() < deadline; op++) {
                            if (op == OPERATIONS * 3 / 8) {
                                killed.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                            }
                            if (op == OPERATIONS / 2) {
                                halfWay.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                            }
                            person.operate(random, op);
                            operationsDone.incrementAndGet();
                        }
                        return null;
                    }));
                }
                if (disaster != null) {
                    awaitOperations(OPERATIONS / 4 * PEOPLE.size(), deadline);
                    phase = Phase.DYING;
                    disaster.kill();
                    cluster.secondDead = true;
                    phase = Phase.SECOND_DEAD;
                    killed.countDown();
                    disaster.afterDeath();
                    awaitOperations(OPERATIONS / 2 * PEOPLE.size(), deadline);
                    disaster.restart();
                    cluster.secondDead = false;
                    phase = Phase.RESTARTED;
                    halfWay.countDown();
                }
                for (Future<?> future : work) {
                    future.get();
                }
            } finally {
                threads.shutdownNow();
            }
        }

        private void awaitOperations(int count, long deadline) throws InterruptedException {
            while (operationsDone.get() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }

        String summary() {
            StringBuilder text = new StringBuilder(operationsDone + " operations; writes acknowledged on node 1: " + acknowledgedOn[0] + ", node 2: "
                    + acknowledgedOn[1] + ", questions " + questions.size() + ", answers " + answers.size());
            people.values().forEach(person -> text.append("; ").append(person.name).append(" uncertain ")
                    .append(person.uncertain));
            return text.toString();
        }

        /** Every acknowledged write is in the database, unless a later write of the same thing stayed uncertain. */
        List<String> lostWrites(Connection connection, int communityId) throws SQLException {
            List<String> lost = new ArrayList<>();
            for (long question : questions) {
                if (count(connection, "SELECT COUNT(*) FROM \"" + TABLES + "QUESTION\" WHERE \"ID\" = ?", (int) question)
                        != 1) {
                    lost.add("question " + question);
                }
            }
            for (long answer : answers) {
                if (count(connection, "SELECT COUNT(*) FROM \"" + TABLES + "ANSWER\" WHERE \"ID\" = ?", (int) answer) != 1) {
                    lost.add("answer " + answer);
                }
            }
            for (Person person : people.values()) {
                String key = "wb-key-" + person.name;
                int comments = count(connection, "SELECT COUNT(*) FROM \"" + TABLES + "POST_COMMENT\" WHERE "
                        + "\"COMMUNITY_ID\" = ? AND \"AUTHOR_KEY\" = ?", communityId, key);
                if (comments < person.comments || comments > person.comments + person.uncertainComments) {
                    lost.add(person.name + "'s comments: " + comments + " stored, " + person.comments
                            + " acknowledged, " + person.uncertainComments + " uncertain");
                }
                for (Map.Entry<String, Integer> vote : person.votes.entrySet()) {
                    String[] post = vote.getKey().split(":");
                    int stored = count(connection, "SELECT COALESCE(SUM(\"VOTE_VALUE\"), 0) FROM \"" + TABLES + "VOTE\" "
                            + "WHERE \"POST_TYPE\" = ? AND \"POST_ID\" = ? AND \"VOTER_KEY\" = ?", post[0],
                            Integer.parseInt(post[1]), key);
                    if (vote.getValue() != null && stored != vote.getValue()) {
                        lost.add(person.name + "'s vote on " + vote.getKey() + ": " + stored + " stored, "
                                + vote.getValue() + " acknowledged");
                    }
                }
                for (long question : person.follows) {
                    if (count(connection, "SELECT COUNT(*) FROM \"" + TABLES + "FOLLOW\" WHERE \"TARGET_TYPE\" = "
                            + "'question' AND \"TARGET_ID\" = ? AND \"USER_KEY\" = ?", String.valueOf(question), key) != 1) {
                        lost.add(person.name + "'s follow of question " + question);
                    }
                }
                if (person.member != null) {
                    int member = count(connection, "SELECT COUNT(*) FROM \"" + TABLES + "MEMBERSHIP\" WHERE "
                            + "\"COMMUNITY_ID\" = ? AND \"USER_KEY\" = ? AND \"MEMBER_STATE\" = 'MEMBER'", communityId, key);
                    if ((member == 1) != person.member) {
                        lost.add(person.name + "'s membership: " + (member == 1) + " stored, " + person.member
                                + " acknowledged");
                    }
                }
            }
            return lost;
        }

        /** One person's view of what they did and what the nodes acknowledged. */
        private final class Person {
            private final String name;
            private final String key;
            private final List<Long> ownQuestions = new ArrayList<>();
            /** post ("question:12") → the value last acknowledged; null when the last attempt stayed uncertain. */
            private final Map<String, Integer> votes = new HashMap<>();
            private final List<Long> follows = new ArrayList<>();
            private int comments;
            private int uncertainComments;
            private int uncertain;
            /** Last acknowledged membership; null when uncertain. */
            private Boolean member = Boolean.TRUE;

            Person(String name) {
                this.name = name;
                this.key = "wb-key-" + name;
            }

            void operate(Random random, int op) {
                int node = (op + name.length()) % 2;
                int choice = random.nextInt(100);
                if (choice < 15) {
                    read(node, random);
                } else if (choice < 22) {
                    ask(node);
                } else if (choice < 37) {
                    answer(node, random);
                } else if (choice < 60) {
                    vote(node, random);
                } else if (choice < 67) {
                    accept(node, random);
                } else if (choice < 77) {
                    comment(node, random);
                } else if (choice < 83) {
                    follow(node, random);
                } else if (choice < 92) {
                    joinOrLeave(node);
                } else {
                    changeRole(node, random);
                }
            }

            void ask(int node) {
                Outcome outcome = send(node, "POST", REST + "/questions", toJson(Map.of("community", spaceKey,
                        "title", name + " asks question " + ownQuestions.size() + " of the soak",
                        "body", "Does the cluster keep **this**?", "topics", List.of("soak"))));
                if (outcome.acknowledged()) {
                    long id = outcome.response.json().get("id").asLong();
                    ownQuestions.add(id);
                    questions.add(id);
                }
            }

            void read(int node, Random random) {
                String path = switch (random.nextInt(3)) {
                    case 0 -> questions.isEmpty() ? REST + "/communities/" + spaceKey
                            : REST + "/questions/" + pick(questions, random);
                    case 1 -> REST + "/communities/" + spaceKey + "/members?limit=20";
                    default -> REST + "/questions?community=" + spaceKey + "&sort=activity&limit=10";
                };
                send(node, "GET", path, null);
            }

            void answer(int node, Random random) {
                if (questions.isEmpty()) {
                    return;
                }
                long question = pick(questions, random);
                Outcome outcome = send(node, "POST", REST + "/questions/" + question + "/answers",
                        toJson(Map.of("body", name + " answers")));
                if (outcome.acknowledged()) {
                    long newest = -1;
                    for (JsonNode answer : outcome.response.json().path("answers")) {
                        if (key.equals(answer.path("author").path("userKey").asText())) {
                            newest = Math.max(newest, answer.get("id").asLong());
                        }
                    }
                    if (newest > 0) {
                        answers.add(newest);
                    }
                }
            }

            void vote(int node, Random random) {
                boolean onAnswer = !answers.isEmpty() && random.nextBoolean();
                if (!onAnswer && questions.isEmpty()) {
                    return;
                }
                long post = onAnswer ? pick(answers, random) : pick(questions, random);
                int value = random.nextInt(3) - 1;
                String type = onAnswer ? "answer" : "question";
                Outcome outcome = send(node, "PUT", REST + "/" + type + "s/" + post + "/vote",
                        toJson(Map.of("value", value)));
                if (outcome.acknowledged()) {
                    votes.put(type + ":" + post, value);
                } else if (outcome.uncertain()) {
                    votes.put(type + ":" + post, null);
                }
            }

            void accept(int node, Random random) {
                if (ownQuestions.isEmpty()) {
                    return;
                }
                long question = pick(ownQuestions, random);
                Outcome read = send(node, "GET", REST + "/questions/" + question, null);
                if (!read.acknowledged() || read.response.json().path("answers").isEmpty()) {
                    return;
                }
                JsonNode candidates = read.response.json().path("answers");
                long answer = candidates.get(random.nextInt(candidates.size())).get("id").asLong();
                send(node, random.nextInt(4) == 0 ? "DELETE" : "PUT", REST + "/answers/" + answer + "/accept", "{}");
            }

            void comment(int node, Random random) {
                if (questions.isEmpty()) {
                    return;
                }
                boolean onAnswer = !answers.isEmpty() && random.nextBoolean();
                String path = onAnswer ? REST + "/answers/" + pick(answers, random) + "/comments"
                        : REST + "/questions/" + pick(questions, random) + "/comments";
                Outcome outcome = send(node, "POST", path, toJson(Map.of("body", name + " comments")));
                if (outcome.acknowledged()) {
                    comments++;
                } else if (outcome.uncertain()) {
                    uncertainComments++;
                }
            }

            void follow(int node, Random random) {
                if (questions.isEmpty()) {
                    return;
                }
                long question = pick(questions, random);
                if (send(node, "PUT", REST + "/questions/" + question + "/follow", "{}").acknowledged()
                        && !follows.contains(question)) {
                    follows.add(question);
                }
            }

            void joinOrLeave(int node) {
                boolean join = !Boolean.TRUE.equals(member);
                Outcome outcome = send(node, join ? "POST" : "DELETE", REST + "/communities/" + spaceKey + "/members/me",
                        join ? "{}" : null);
                if (outcome.acknowledged()) {
                    member = join;
                } else if (outcome.uncertain()) {
                    member = null;
                }
            }

            void changeRole(int node, Random random) {
                String other = random.nextInt(4) == 0 ? name : PEOPLE.get(random.nextInt(PEOPLE.size()));
                String role = List.of("owner", "moderator", "member").get(random.nextInt(3));
                send(node, "PUT", REST + "/communities/" + spaceKey + "/members/wb-key-" + other,
                        toJson(Map.of("role", role)));
            }

            private Outcome send(int wanted, String method, String path, String body) {
                int node = wanted == 1 && cluster.secondDead ? 0 : wanted;
                Phase during = phase;
                Response response;
                try {
                    ConfluenceClient client = cluster.client(node);
                    response = switch (method) {
                        case "GET" -> client.get(name, path);
                        case "DELETE" -> client.delete(name, path);
                        case "PUT" -> client.putJson(name, path, body);
                        default -> client.postJson(name, path, body);
                    };
                } catch (UncheckedIOException e) {
                    failed(node, during, method + " " + path + " → " + e.getCause());
                    return new Outcome(null, true);
                }
                if (response.status() >= 500) {
                    failed(node, during, method + " " + path + " → " + response.status() + " " + response.body());
                    return new Outcome(response, true);
                }
                if (response.status() / 100 == 2 && !"GET".equals(method)) {
                    acknowledgedOn[node].incrementAndGet();
                    if (node == 0 && during == Phase.SECOND_DEAD && phase == Phase.SECOND_DEAD) {
                        acknowledgedWhileDead.incrementAndGet();
                    } else if (node == 1 && during == Phase.RESTARTED) {
                        acknowledgedAfterRestart.incrementAndGet();
                    }
                }
                return new Outcome(response, false);
            }

            /** No answer or a 5xx: expected only from the second node while it dies. */
            private void failed(int node, Phase during, String what) {
                uncertain++;
                boolean dying = during == Phase.DYING || phase == Phase.DYING || during == Phase.BOTH && phase != Phase.BOTH;
                if (node == 0 || !dying) {
                    serverErrors.add("node " + (node + 1) + " (" + during + "→" + phase + ") " + what);
                }
            }
        }

        private static long pick(List<Long> ids, Random random) {
            return ids.get(random.nextInt(ids.size()));
        }

        /** A request's answer; uncertain when there was none, or a 5xx: the write may or may not have happened. */
        private record Outcome(Response response, boolean uncertain) {
            boolean acknowledged() {
                return response != null && response.status() / 100 == 2;
            }
        }
    }
}

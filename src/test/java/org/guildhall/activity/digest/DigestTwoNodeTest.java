package org.guildhall.activity.digest;

import org.guildhall.activity.ActivityRecorder;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.mail.CapturedMail;
import org.guildhall.workbench.mail.WorkbenchMailServer;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * Two workbench nodes sharing one PostgreSQL database run the digest job at the same moment, each several times: every
 * subscriber gets exactly one digest, from one node or the other, and nobody else gets one. Skipped without PostgreSQL
 * unless {@code -Ddb.required=true}.
 */
public class DigestTwoNodeTest {

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static final String DATABASE = "guildhall_digest_" + ProcessHandle.current().pid();
    private static final List<String> SUBSCRIBERS = List.of("bob", "carol", "dave", "erin");

    private static Workbench first;
    private static Workbench second;

    @BeforeClass
    public static void startTwoNodesOnPostgres() throws Exception {
        AoDatabase postgres = AoDatabase.postgres(DATABASE);
        if (!postgres.isReachable()) {
            if (Boolean.getBoolean("db.required")) {
                fail("PostgreSQL is required (-Ddb.required=true) but not reachable at " + postgres.url());
            }
            assumeTrue("PostgreSQL not reachable", false);
        }
        postgres.dropIfExists();
        Path home = HOME.getRoot().toPath();
        String basedir = System.getProperty("project.basedir");
        Path project = basedir == null ? null : Path.of(basedir);
        first = Workbench.start(new WorkbenchOptions(0, home, WorkbenchOptions.Database.POSTGRES, DATABASE, 1,
                project, true));
        second = Workbench.start(new WorkbenchOptions(0, home, WorkbenchOptions.Database.POSTGRES, DATABASE, 2,
                project, true));
        // each start fires the digest job at once: let those runs end before the test makes its own
        RunningWorkbench.awaitStartUpJobs(first);
        RunningWorkbench.awaitStartUpJobs(second);
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
    }

    @Test
    public void bothNodesRunningTheJobAtOnce_sendEachSubscriberExactlyOneDigest() throws Exception {
        ConfluenceClient onFirst = new ConfluenceClient(first.baseUrl());
        ConfluenceClient onSecond = new ConfluenceClient(second.baseUrl());
        onFirst.createSpace("alice", "TWODIG", "Two-node digests");
        onFirst.grantGroupRead("alice", "TWODIG", UserDirectory.USERS);
        Response saved = onFirst.putJson("alice", "/rest/guildhall/1.0/communities/TWODIG",
                toJson(Map.of("name", "Two-node digests", "visibility", "open", "topics", List.of("espresso"))));
        assertThat(saved.body(), saved.status(), is(200));
        for (int i = 0; i < SUBSCRIBERS.size(); i++) {
            ConfluenceClient node = i % 2 == 0 ? onFirst : onSecond;
            String user = SUBSCRIBERS.get(i);
            assertThat(node.putJson(user, "/rest/guildhall/1.0/follows/community/TWODIG", "{}").status(), is(200));
            assertThat(node.putJson(user, "/rest/guildhall/1.0/people/me/digest",
                    toJson(Map.of("frequency", "daily"))).status(), is(200));
        }
        Response asked = onFirst.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of("community",
                "TWODIG", "title", "Which node sends my digest?", "body", "Either, but only one.",
                "topics", List.of("espresso"))));
        assertThat(asked.body(), asked.status(), is(201));
        assertThat(first.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20)), is(true));

        ExecutorService runners = Executors.newFixedThreadPool(4);
        int mailed = 0;
        try {
            List<Callable<Integer>> runs = List.of(
                    () -> first.bean(DigestSending.class).sendDue(), () -> second.bean(DigestSending.class).sendDue(),
                    () -> first.bean(DigestSending.class).sendDue(), () -> second.bean(DigestSending.class).sendDue());
            for (Future<Integer> run : runners.invokeAll(runs)) {
                mailed += run.get();
            }
        } finally {
            runners.shutdownNow();
        }

        // the nodes' own scheduled job may have sent some of them first: what counts is the outbox, one each
        assertThat(mailed, lessThanOrEqualTo(SUBSCRIBERS.size()));
        // a node that found nothing new for someone (its community snapshot had not yet heard of the other node's
        // changes) gives the claim back, and the next run sends that digest: run once more on each node, as the
        // hourly job would
        mailed += first.bean(DigestSending.class).sendDue() + second.bean(DigestSending.class).sendDue();
        assertThat(mailed, lessThanOrEqualTo(SUBSCRIBERS.size()));
        Map<String, Long> digestsByRecipient = awaitDigests(SUBSCRIBERS.size());
        assertThat(digestsByRecipient, is(SUBSCRIBERS.stream()
                .collect(Collectors.toMap(user -> user + "@example.com", user -> 1L))));
    }

    private static Map<String, Long> awaitDigests(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        while (digests().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        return digests().stream().collect(Collectors.groupingBy(CapturedMail::to, Collectors.counting()));
    }

    private static List<CapturedMail> digests() {
        return Stream.of(first, second).flatMap(node -> node.bean(WorkbenchMailServer.class).messages().stream())
                .filter(message -> message.subject().contains("Guildhall digest")
                        || message.subject().contains("Guildhall-Zusammenfassung"))
                .toList();
    }
}

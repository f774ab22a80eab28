package org.guildhall.analytics;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
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
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * Two workbench nodes sharing one PostgreSQL database run the spotlight job at the same moment, each several times:
 * every recipient gets the community's spotlight exactly once, from one node or the other. Skipped without PostgreSQL
 * unless {@code -Ddb.required=true}.
 */
public class SpotlightTwoNodeTest {

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static final String DATABASE = "guildhall_spotlight_" + ProcessHandle.current().pid();
    private static final List<String> RECIPIENTS = List.of("alice", "carol", "dave", "erin");

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
    public void bothNodesRunningTheJobAtOnce_mailEachRecipientTheSpotlightExactlyOnce() throws Exception {
        ConfluenceClient onFirst = new ConfluenceClient(first.baseUrl());
        ConfluenceClient onSecond = new ConfluenceClient(second.baseUrl());
        onFirst.createSpace("alice", "TWOSPOT", "Two-node spotlight");
        onFirst.grantGroupRead("alice", "TWOSPOT", UserDirectory.USERS);
        Response saved = onFirst.putJson("alice", "/rest/guildhall/1.0/communities/TWOSPOT",
                toJson(Map.of("name", "Two-node spotlight", "visibility", "open", "topics", List.of("espresso"))));
        assertThat(saved.body(), saved.status(), is(200));
        Response named = onSecond.putJson("alice", "/rest/guildhall/1.0/communities/TWOSPOT/spotlight",
                toJson(Map.of("usernames", RECIPIENTS)));
        assertThat(named.body(), named.status(), is(200));
        Response asked = onFirst.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of("community",
                "TWOSPOT", "title", "Which node sends the spotlight?", "body", "Either, but only one.",
                "topics", List.of("espresso"))));
        assertThat(asked.body(), asked.status(), is(201));
        assertThat(onSecond.postJson("bob", "/rest/guildhall/1.0/communities/TWOSPOT/members/me", "{}").status(),
                is(200));
        Response voted = onSecond.putJson("bob", "/rest/guildhall/1.0/questions/" + asked.json().get("id").asLong()
                + "/vote", toJson(Map.of("value", 1)));
        assertThat(voted.body(), voted.status(), is(200));

        ExecutorService runners = Executors.newFixedThreadPool(4);
        int mailed = 0;
        try {
            List<Callable<Integer>> runs = List.of(
                    () -> first.bean(SpotlightSending.class).sendDue(),
                    () -> second.bean(SpotlightSending.class).sendDue(),
                    () -> first.bean(SpotlightSending.class).sendDue(),
                    () -> second.bean(SpotlightSending.class).sendDue());
            for (Future<Integer> run : runners.invokeAll(runs)) {
                mailed += run.get();
            }
        } finally {
            runners.shutdownNow();
        }

        assertThat(mailed, is(RECIPIENTS.size()));
        assertThat(awaitSpotlights(RECIPIENTS.size()), is(RECIPIENTS.stream()
                .collect(Collectors.toMap(user -> user + "@example.com", user -> 1L))));
    }

    private static Map<String, Long> awaitSpotlights(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WorkbenchMailServer.patience().toNanos();
        while (spotlights().size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        return spotlights().stream().collect(Collectors.groupingBy(CapturedMail::to, Collectors.counting()));
    }

    private static List<CapturedMail> spotlights() {
        return Stream.of(first, second).flatMap(node -> node.bean(WorkbenchMailServer.class).messages().stream())
                .filter(message -> message.subject().contains("Two-node spotlight")
                        && (message.subject().startsWith("This week in") || message.subject().startsWith("Diese Woche in")))
                .toList();
    }
}

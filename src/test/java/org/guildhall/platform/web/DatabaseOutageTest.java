package org.guildhall.platform.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.DatabaseProxy;
import org.guildhall.testing.SharedPostgres;
import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.nio.file.Path;
import java.time.Duration;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/**
 * The database goes away for a few seconds under a running node (a proxy in front of PostgreSQL drops every
 * connection and refuses new ones): REST requests that need it answer 503 with {@code Retry-After} and a JSON message
 * instead of hanging or failing with a 500, the app's pages answer 503 with a short page saying so, and once the
 * database is back the same requests succeed again, without a restart. PostgreSQL only; skipped without it unless {@code -Ddb.required=true}.
 */
public class DatabaseOutageTest {

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static final String DATABASE = "guildhall_outage_" + ProcessHandle.current().pid();
    private static final String FOLLOW = "/rest/guildhall/1.0/follows/community/COFFEE";
    private static final String PAGE = "/plugins/servlet/guildhall/questions";

    private static DatabaseProxy proxy;
    private static Workbench workbench;

    @BeforeClass
    public static void startANodeBehindAProxy() throws Exception {
        AoDatabase postgres = AoDatabase.postgres(DATABASE);
        SharedPostgres.assumeReachable(postgres);
        postgres.dropIfExists();
        proxy = DatabaseProxy.to("127.0.0.1", 5432);
        String basedir = System.getProperty("project.basedir");
        workbench = SharedPostgres.startNode(new WorkbenchOptions(0, HOME.getRoot().toPath(), WorkbenchOptions.Database.POSTGRES,
                DATABASE, 1, basedir == null ? null : Path.of(basedir), true)
                .withPostgresServer(proxy.postgresServerUrl()).withConnectGiveUp(Duration.ofSeconds(3)));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (workbench != null) {
            workbench.close();
            AoDatabase.postgres(DATABASE).dropIfExists();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    public void whileTheDatabaseIsAway_restCallsAnswer503WithRetryAfter_andSucceedAgainOnceItIsBack() {
        ConfluenceClient client = new ConfluenceClient(workbench.baseUrl());
        assertThat(client.putJson("bob", FOLLOW, "{}").status(), is(200));

        assertThat(client.getHtml("bob", PAGE).status(), is(200));

        proxy.cut();
        Response duringOutage;
        Response pageDuringOutage;
        try {
            duringOutage = client.putJson("bob", FOLLOW, "{}");
            Response readDuringOutage = client.get("bob", "/rest/guildhall/1.0/questions?community=COFFEE&limit=5");
            assertThat(readDuringOutage.body(), readDuringOutage.status(), is(503));
            pageDuringOutage = client.getHtml("bob", PAGE);
        } finally {
            proxy.restore();
        }

        assertThat(duringOutage.body(), duringOutage.status(), is(503));
        assertThat(duringOutage.contentType(), containsString("application/json"));
        assertThat(duringOutage.json().get("status").asInt(), is(503));
        assertThat(duringOutage.json().get("message").asText(), containsString("database"));
        assertThat(duringOutage.header("Retry-After").orElse("none"), is("10"));

        assertThat(pageDuringOutage.body(), pageDuringOutage.status(), is(503));
        assertThat(pageDuringOutage.contentType(), containsString("text/html"));
        assertThat(pageDuringOutage.body(), containsString("cannot reach its database"));
        assertThat(pageDuringOutage.header("Retry-After").orElse("none"), is("10"));

        // each pooled connection the cut broke fails once more when next handed out (the pool then replaces it),
        // so each kind of request is retried until it succeeds: none needs a restart
        Response recovered = eventually(() -> client.putJson("bob", FOLLOW, "{}"), Duration.ofSeconds(30));
        assertThat(recovered.body(), recovered.status(), is(200));
        Response read = eventually(() -> client.get("bob", "/rest/guildhall/1.0/questions?community=COFFEE&limit=5"),
                Duration.ofSeconds(30));
        assertThat(read.body(), read.status(), is(200));
        Response page = eventually(() -> client.getHtml("bob", PAGE), Duration.ofSeconds(30));
        assertThat(page.body(), page.status(), is(200));
    }

    private static Response eventually(java.util.function.Supplier<Response> request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response response = request.get();
        while (response.status() != 200 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            response = request.get();
        }
        return response;
    }
}

package org.guildhall.qa.importer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.atlassian.activeobjects.external.ActiveObjects;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.importer.SampleDumps;
import org.guildhall.qa.importer.ao.ImportDao;
import org.guildhall.qa.importer.ao.ImportRunEntity;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The import and suggestion endpoints and the import administration page in a running workbench, whose demo start
 * imported the coffee sample into COFFEE. QC is readable by admin, alice and carol only.
 */
public class ImportAndSimilarResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SIMILAR = "/rest/guildhall/1.0/questions/similar?title=";
    private static final String IMPORT = "/rest/guildhall/1.0/import/stackexchange?community=";
    private static final String ADMIN_PAGE = "/plugins/servlet/guildhall/admin/import";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void suggestsTheDemoImportToAReaderOfTheCommunity() {
        ConfluenceClient.Response response = CONFLUENCE.client().get("bob",
                SIMILAR + ConfluenceClient.encode("best way to store coffee beans"));

        assertThat(response.status(), is(200));
        assertThat(titles(response.json()), hasItem("How should I store whole bean coffee?"));
        JsonNode first = response.json().path("results").get(0);
        assertThat(first.path("community").asText(), is("COFFEE"));
        // the question page servlet's address, under Confluence's context path
        assertThat(first.path("url").asText(), is("/confluence/plugins/servlet/guildhall/questions/"
                + first.path("id").asInt()));
    }

    @Test
    public void neverSuggestsAPrivateCommunitysQuestionToOutsiders() {
        String title = "Quantum espresso tamping with entangled qubits";
        insertQuestion("QC", title);

        for (String outsider : List.of("bob", "dave", "erin")) {
            ConfluenceClient.Response response = CONFLUENCE.client().get(outsider, SIMILAR
                    + ConfluenceClient.encode(title));
            assertThat(outsider, titles(response.json()), not(hasItem(title)));
            assertThat(CONFLUENCE.client().get(outsider, SIMILAR + "x&community=QC").status(), is(404));
        }
        assertThat(titles(CONFLUENCE.client().get("carol", SIMILAR + ConfluenceClient.encode(title)).json()),
                hasItem(title));
    }

    @Test
    public void refusesAnonymousCallersAndBadInput() {
        ConfluenceClient client = CONFLUENCE.client();
        assertThat(client.get(null, SIMILAR + "coffee").status(), is(401));
        ConfluenceClient.Response empty = client.get("bob", SIMILAR);
        assertThat(empty.status(), is(400));
        assertThat(empty.json().path("errors").has("title"), is(true));
        ConfluenceClient.Response limit = client.get("bob", SIMILAR + "coffee&limit=6");
        assertThat(limit.status(), is(400));
        assertThat(limit.json().path("errors").has("limit"), is(true));
    }

    @Test
    public void onlySystemAdministratorsMayImport() throws Exception {
        // a small body: the refusal comes before the upload is read
        byte[] zip = "PK".getBytes(StandardCharsets.UTF_8);
        assertThat(post(null, IMPORT + "COFFEE", zip).statusCode(), is(401));
        assertThat(post("alice", IMPORT + "COFFEE", zip).statusCode(), is(403));
        assertThat(get("alice", "/rest/guildhall/1.0/import/runs").statusCode(), is(403));
    }

    @Test
    public void refusesBrokenUploadsNamingTheProblemAndWritesNothing() throws Exception {
        int runs = ao().count(ImportRunEntity.class);
        int questions = ao().count(QuestionEntity.class);

        HttpResponse<String> notZip = post("admin", IMPORT + "COFFEE", "not a zip".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> missing = post("admin", IMPORT + "COFFEE", coffeeZip(false));
        HttpResponse<String> unknown = post("admin", IMPORT + "NOPE", coffeeZip(true));
        HttpResponse<String> noCommunity = post("admin", "/rest/guildhall/1.0/import/stackexchange", coffeeZip(true));

        assertThat(notZip.statusCode(), is(400));
        assertThat(JSON.readTree(notZip.body()).path("errors").has("body"), is(true));
        assertThat(missing.statusCode(), is(400));
        assertThat(JSON.readTree(missing.body()).path("errors").path("body").asText().contains("Votes.xml"), is(true));
        assertThat(unknown.statusCode(), is(400));
        assertThat(JSON.readTree(unknown.body()).path("errors").has("community"), is(true));
        assertThat(noCommunity.statusCode(), is(400));
        assertThat(ao().count(ImportRunEntity.class), is(runs));
        assertThat(ao().count(QuestionEntity.class), is(questions));
    }

    @Test
    public void reimportingTheDemoDumpThroughRestRunsInTheBackgroundAndAddsNothing() throws Exception {
        int questions = ao().count(QuestionEntity.class, "COMMUNITY_ID = (SELECT ID FROM "
                + "AO_A368F0_COMMUNITY WHERE SPACE_KEY = ?)", "COFFEE");

        HttpResponse<String> started = post("admin", IMPORT + "COFFEE", coffeeZip(true));

        assertThat(started.body(), started.statusCode(), is(202));
        int id = JSON.readTree(started.body()).path("id").asInt();
        JsonNode run = null;
        for (int i = 0; i < 300; i++) {
            run = JSON.readTree(get("admin", "/rest/guildhall/1.0/import/runs/" + id).body());
            if (run.path("state").asText().equals("succeeded") || run.path("state").asText().equals("failed")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(run.toString(), run.path("state").asText(), is("succeeded"));
        assertThat(run.path("progress").path("files").path("Posts.xml").path("read").asInt() > 500, is(true));
        assertThat(run.path("progress").path("files").path("Posts.xml").path("written").asInt(), is(0));
        assertThat(ao().count(QuestionEntity.class, "COMMUNITY_ID = (SELECT ID FROM AO_A368F0_COMMUNITY "
                + "WHERE SPACE_KEY = ?)", "COFFEE"), is(questions));
        assertThat(questions, is(225));
    }

    @Test
    public void importPage_showsASystemAdministratorTheFormWithEveryCommunity() {
        ConfluenceClient.Response page = CONFLUENCE.client().getHtml("admin", ADMIN_PAGE);

        assertThat(page.status(), is(200));
        assertThat(page.body(), containsString("<h1 id=\"guildhall-import-heading\">Import from Stack Exchange</h1>"));
        assertThat(page.body(), containsString("class=\"aui guildhall-import-form\""));
        assertThat(page.body(), containsString("<option value=\"COFFEE\">"));
        // the private-ish community too: a system administrator imports into any community
        assertThat(page.body(), containsString("<option value=\"QC\">"));
        assertThat(page.body(), containsString("role=\"status\" aria-live=\"polite\""));
        // decorated by the host (atl.admin), with the page's script
        assertThat(page.body(), containsString("<html lang="));
        assertThat(page.body(), containsString("import-admin.js"));
    }

    @Test
    public void importPage_refusesOtherUsersAndSendsAnonymousVisitorsToLogIn() {
        ConfluenceClient client = CONFLUENCE.client();

        ConfluenceClient.Response anonymous = client.getHtml(null, ADMIN_PAGE);
        assertThat(anonymous.status(), is(302));
        assertThat(anonymous.header("Location").orElse(""), is("/confluence/login.action?os_destination="
                + ConfluenceClient.encode(ADMIN_PAGE)));
        for (String user : List.of("bob", "alice")) {
            ConfluenceClient.Response refused = client.getHtml(user, ADMIN_PAGE);
            assertThat(user, refused.status(), is(403));
            assertThat(user, refused.body(), not(containsString("guildhall-import-form")));
        }
    }

    @Test
    public void refusesASecondImportIntoACommunityWhileOneIsRunning_andStartsNothing() throws Exception {
        ConfluenceClient client = CONFLUENCE.client();
        client.createSpace("admin", "BUSY", "Busy brewers");
        assertThat(client.putJson("admin", "/rest/guildhall/1.0/communities/BUSY",
                ConfluenceClient.toJson(Map.of("name", "Busy brewers"))).status(), is(200));
        int community = (int) CONFLUENCE.bean(CommunityDao.class).findBySpaceKey("BUSY")
                .orElseThrow().id();
        // another node is importing: its run is recorded and was updated a moment ago
        ImportDao dao = new ImportDao(ao());
        Instant now = Instant.now();
        int running = ao().executeInTransaction(() -> {
            int id = dao.createRun(community, SampleDumps.COFFEE, "wb-key-admin", now).id();
            dao.updateRun(id, "running", "{}", null, now);
            return id;
        });
        int runs = ao().count(ImportRunEntity.class);
        int questions = ao().count(QuestionEntity.class, "COMMUNITY_ID = ?", community);

        HttpResponse<String> second = post("admin", IMPORT + "BUSY", coffeeZip(true));

        assertThat(second.body(), second.statusCode(), is(409));
        assertThat(JSON.readTree(second.body()).path("message").asText(),
                is("An import into community BUSY is already running."));
        assertThat(ao().count(ImportRunEntity.class), is(runs));
        assertThat(ao().count(QuestionEntity.class, "COMMUNITY_ID = ?", community), is(questions));
        assertThat(JSON.readTree(get("admin", "/rest/guildhall/1.0/import/runs/" + running).body()).path("state")
                .asText(), is("running"));
    }

    private static ActiveObjects ao() {
        return CONFLUENCE.bean(ActiveObjects.class);
    }

    private static void insertQuestion(String spaceKey, String title) {
        int community = (int) CONFLUENCE.bean(org.guildhall.community.ao.CommunityDao.class).findBySpaceKey(spaceKey)
                .orElseThrow().id();
        java.time.Instant now = java.time.Instant.now();
        ao().executeInTransaction(() -> new org.guildhall.qa.importer.ao.ImportDao(ao()).saveQuestions(List.of(
                new org.guildhall.qa.importer.ao.ImportDao.NewQuestion("test:" + title, null, community, null, title,
                        title, 0, 0, "unanswered", null, null, List.of(), now, now, now)), now));
        CONFLUENCE.bean(org.guildhall.qa.importer.SimilarQuestions.class).catchUp();
    }

    private static List<String> titles(JsonNode json) {
        List<String> titles = new ArrayList<>();
        json.path("results").forEach(result -> titles.add(result.path("title").asText()));
        return titles;
    }

    /** The coffee sample as a zip with its files in a folder named after the site; without Votes.xml if asked. */
    private static byte[] coffeeZip(boolean complete) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path folder = SampleDumps.folder(SampleDumps.COFFEE);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : List.of("Posts.xml", "Users.xml", "Votes.xml", "Tags.xml", "PostLinks.xml",
                    "Comments.xml")) {
                if (!complete && file.equals("Votes.xml")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(SampleDumps.COFFEE + "/" + file));
                zip.write(Files.readAllBytes(folder.resolve(file)));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> post(String user, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CONFLUENCE.baseUrl() + path))
                .header("Content-Type", "application/zip").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(request, user);
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(CONFLUENCE.baseUrl() + path)).header("Accept",
                "application/json").GET(), user);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

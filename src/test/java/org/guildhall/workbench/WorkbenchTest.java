package org.guildhall.workbench;

import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.host.WorkbenchUserManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The workbench with the real app installed, over real HTTP: authentication, the REST guard, the community
 * directory filtered by Confluence permissions, macros in page bodies, Confluence's escaping rule and the pages.
 * One workbench for the whole class.
 */
public class WorkbenchTest {

    private static final String COMMUNITIES = "/rest/guildhall/1.0/communities";

    @ClassRule
    public static final TemporaryFolder HOME = new TemporaryFolder();

    private static Workbench workbench;
    private static ConfluenceClient client;

    @BeforeClass
    public static void startWorkbench() {
        workbench = Workbench.start(WorkbenchOptions.forTests(HOME.getRoot().toPath()));
        client = new ConfluenceClient(workbench.baseUrl());
    }

    @AfterClass
    public static void stopWorkbench() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    public void basicAuthentication_letsADemoUserIn() {
        Response response = client.getWithoutAccept("bob", COMMUNITIES);

        assertThat(response.status(), is(200));
    }

    @Test
    public void basicAuthentication_withAWrongPassword_isRefusedWith401() {
        Response response = client.getWithPassword("bob", "not-bobs-password", COMMUNITIES);

        assertThat(response.status(), is(401));
    }

    @Test
    public void appRest_forAnonymousCallers_answers401WithAJsonBody() {
        Response response = client.getWithoutAccept(null, COMMUNITIES);

        assertThat(response.status(), is(401));
        assertThat(response.json().get("status").asInt(), is(401));
        assertThat(response.json().get("message").asText(), containsString("authenticated"));
    }

    @Test
    public void loginForm_startsASessionThatRestAccepts() {
        ConfluenceClient browser = new ConfluenceClient(workbench.baseUrl());

        Response login = browser.logIn("carol", "carol", "/display/GUILDHALL");

        assertThat(login.status(), is(302));
        assertThat(login.header("Location").orElseThrow(), containsString("/confluence/display/GUILDHALL"));
        assertThat(browser.getWithSession(COMMUNITIES).status(), is(200));
    }

    @Test
    public void loginForm_withAWrongPassword_showsTheFormAgainWithAnError() {
        Response login = new ConfluenceClient(workbench.baseUrl()).logIn("carol", "wrong", "/");

        assertThat(login.status(), is(401));
        assertThat(login.body(), containsString("role=\"alert\""));
        assertThat(login.body(), containsString("<label for=\"os_username\">"));
    }

    @Test
    public void communityDirectory_hidesCommunitiesWhoseSpaceTheReaderCannotView() {
        List<String> keys = spaceKeys(client.getWithoutAccept("bob", COMMUNITIES));

        assertThat(keys, hasItems("COFFEE", "AI"));
        assertThat(keys, not(hasItem("QC")));
    }

    @Test
    public void communityDirectory_showsARestrictedCommunityToThoseWhoMayViewItsSpace() {
        assertThat(spaceKeys(client.getWithoutAccept("alice", COMMUNITIES)), hasItems("COFFEE", "AI", "QC"));
    }

    @Test
    public void directoryMacro_onAPageCreatedThroughTheRestApi_rendersCommunityCardsForTheReader() {
        createSpace("DIRECTORY", "Directory test");
        String pageId = createPage("DIRECTORY", "All communities",
                "<p>Our communities</p><ac:structured-macro ac:name=\"guildhall-community-directory\">"
                        + "<ac:parameter ac:name=\"limit\">20</ac:parameter></ac:structured-macro>");

        String asBob = bodyView(pageId, "bob");
        String asAlice = bodyView(pageId, "alice");

        assertThat(asBob, containsString("class=\"guildhall-card\""));
        assertThat(asBob, containsString("Coffee lovers"));
        assertThat(asBob, not(containsString("Quantum Computing")));
        assertThat(asAlice, containsString("Quantum Computing"));
    }

    @Test
    public void communityName_withMarkup_isRenderedEscaped() {
        createSpace("ESCAPE", "Escaping test");
        Response saved = client.send("PUT", "admin", COMMUNITIES + "/ESCAPE", "application/json",
                "{\"name\":\"<script>alert(1)</script>\",\"description\":\"<b>bold</b> & more\"}");
        assertThat(saved.body(), saved.status(), is(200));
        String pageId = createPage("ESCAPE", "Directory", "<ac:structured-macro ac:name=\"guildhall-community-directory\"/>");

        String html = bodyView(pageId, "admin");

        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, not(containsString("<script>alert(1)")));
        assertThat(html, containsString("&lt;b&gt;bold&lt;/b&gt; &amp; more"));
    }

    @Test
    public void mutatingRestCall_withAFormContentType_isRefusedAsCrossSiteRequest() {
        Response response = client.send("PUT", "admin", COMMUNITIES + "/COFFEE",
                "application/x-www-form-urlencoded", "name=Hijacked");

        assertThat(response.status(), is(403));
        assertThat(response.json().get("message").asText(), containsString("XSRF"));
    }

    @Test
    public void mutatingRestCall_withAFormContentTypeAndNoCheckToken_passesTheXsrfCheck() {
        Response response = client.send("PUT", "admin", COMMUNITIES + "/COFFEE", "text/plain", "x",
                "X-Atlassian-Token", "no-check");

        // it reaches the resource, which takes JSON only
        assertThat(response.status(), is(415));
    }

    @Test
    public void unknownMacro_rendersAnErrorMessageNamingIt() {
        createSpace("UNKNOWN", "Unknown macro test");
        String pageId = createPage("UNKNOWN", "Broken", "<ac:structured-macro ac:name=\"no-such-macro\"/>");

        assertThat(bodyView(pageId, "admin"), containsString("Unknown macro: &#39;no-such-macro&#39;"));
    }

    @Test
    public void directoryMacro_inEmail_rendersStaticMarkupWithAbsoluteLinks() {
        String pageId = client.getWithoutAccept("bob", "/rest/api/space/GUILDHALL").json()
                .get("homepage").get("id").asText();

        Response email = client.getWithoutAccept("bob",
                "/rest/workbench/render?pageId=" + pageId + "&outputType=email");

        assertThat(email.status(), is(200));
        assertThat(email.body(), containsString("guildhall-directory-static"));
        assertThat(email.body(), containsString("href=\"" + workbench.baseUrl() + "/display/COFFEE\""));
    }

    @Test
    public void spaceHomePage_isDecoratedWithLanguageTitleAndMainLandmark() {
        Response page = client.getWithoutAccept("bob", "/display/GUILDHALL");

        assertThat(page.status(), is(200));
        assertThat(page.body(), startsWith("<!DOCTYPE html>"));
        assertThat(page.body(), containsString("<html lang=\"en\">"));
        assertThat(page.body(), containsString("<title>Guildhall demo - Guildhall demo - Guildhall workbench</title>"));
        assertThat(page.body(), containsString("<main"));
        assertThat(page.body(), containsString("guildhall-card"));
        assertThat(page.body(), containsString("/download/resources/org.guildhall.confluence:community-directory/directory.js"));
    }

    @Test
    public void spaceHomePage_forAGermanReader_isInGerman() {
        Response page = client.getWithoutAccept("erin", "/display/GUILDHALL");

        assertThat(page.body(), containsString("<html lang=\"de\">"));
        assertThat(page.body(), containsString("1 Mitglied"));
    }

    @Test
    public void spaceTools_showTheAppsWebItemToSpaceAdminsOnly() {
        assertThat(client.getWithoutAccept("alice", "/display/COFFEE").body(),
                containsString("/plugins/servlet/guildhall/space-settings?key=COFFEE"));
        assertThat(client.getWithoutAccept("bob", "/display/COFFEE").body(),
                not(containsString("guildhall-space-tools")));
    }

    @Test
    public void pages_thatAreForbiddenOrMissing_answer403And404InTheChrome() {
        Response forbidden = client.getWithoutAccept("bob", "/display/QC");
        Response missing = client.getWithoutAccept("bob", "/pages/viewpage.action?pageId=999999");

        assertThat(forbidden.status(), is(403));
        assertThat(forbidden.body(), containsString("<main"));
        assertThat(missing.status(), is(404));
        assertThat(missing.body(), containsString("<html lang=\"en\">"));
    }

    @Test
    public void pluginServlet_isDecoratedWithItsTitleAndWebResources() {
        Response page = client.getWithoutAccept("alice", "/plugins/servlet/guildhall/space-settings?key=COFFEE");

        assertThat(page.status(), is(200));
        assertThat(page.body(), containsString("<title>Guildhall community settings - Coffee - Guildhall workbench</title>"));
        assertThat(page.body(), containsString("id=\"header\""));
        assertThat(page.body(), containsString("org.guildhall.confluence:space-settings/space-settings.js"));
        assertThat(page.body(), not(containsString("<meta name=\"decorator\"")));
    }

    @Test
    public void webResource_isServedWithItsTranslationsInlined() {
        Response script = client.getWithoutAccept("erin",
                "/download/resources/org.guildhall.confluence:community-directory/directory.js");

        assertThat(script.status(), is(200));
        assertThat(script.body(), containsString("AJS.format('Offen')"));
        assertThat(script.body(), not(containsString("AJS.I18n.getText")));
    }

    @Test
    public void spacePermissions_areListedForSpaceAdminsOnly() {
        Response asAdmin = client.getWithoutAccept("alice", "/rest/api/space/COFFEE/permission");
        Response asReader = client.getWithoutAccept("bob", "/rest/api/space/COFFEE/permission");

        assertThat(asAdmin.status(), is(200));
        assertThat(asAdmin.body(), containsString("\"identifier\":\"wb-key-alice\""));
        assertThat(asReader.status(), is(403));
    }

    @Test
    public void spacePermission_grantedThroughTheRestApi_letsTheUserViewTheSpace() {
        createSpace("PRIVATE", "Private test");
        client.send("POST", "admin", "/rest/api/space/PRIVATE/permission", "application/json",
                "{\"subject\":{\"type\":\"group\","
                + "\"identifier\":\"confluence-users\"},\"operation\":{\"key\":\"read\",\"target\":\"space\"}}");
        assertThat(client.getWithoutAccept("dave", "/display/PRIVATE").status(), is(200));

        Response restricted = client.send("POST", "admin", "/rest/api/space", "application/json",
                "{\"key\":\"ONLYADMIN\",\"name\":\"x\"}");
        assertThat(restricted.status(), is(200));
        Response granted = client.send("POST", "admin", "/rest/api/space/ONLYADMIN/permission", "application/json",
                "{\"subject\":{\"type\":\"user\",\"identifier\":\"wb-key-dave\"},"
                        + "\"operation\":{\"key\":\"administer\",\"target\":\"space\"}}");
        assertThat(granted.body(), granted.status(), is(200));
        assertThat(granted.json().get("operation").get("key").asText(), is("administer"));
    }

    @Test
    public void spaceCreation_withATakenOrMalformedKey_isRefusedWith400() {
        assertThat(client.send("POST", "admin", "/rest/api/space", "application/json",
                "{\"key\":\"COFFEE\",\"name\":\"Again\"}").status(), is(400));
        assertThat(client.send("POST", "admin", "/rest/api/space", "application/json",
                "{\"key\":\"NO SPACES\",\"name\":\"x\"}").status(), is(400));
    }

    @Test
    public void bean_findsTheAppsComponentsHostServicesAndWorkbenchParts() {
        assertThat(workbench.bean(CommunityDirectory.class), instanceOf(CommunityDirectory.class));
        assertThat(workbench.bean(UserManager.class), instanceOf(WorkbenchUserManager.class));
        assertThat(workbench.bean(SpaceStore.class).find("GUILDHALL").isPresent(), is(true));
    }

    private static void createSpace(String key, String name) {
        Response response = client.send("POST", "admin", "/rest/api/space", "application/json",
                "{\"key\":\"" + key + "\",\"name\":\"" + name + "\"}");
        assertThat(response.body(), response.status(), is(200));
    }

    private static String createPage(String spaceKey, String title, String storage) {
        String body = "{\"type\":\"page\",\"title\":\"" + title + "\",\"space\":{\"key\":\"" + spaceKey + "\"},"
                + "\"body\":{\"storage\":{\"value\":" + quote(storage) + ",\"representation\":\"storage\"}}}";
        Response response = client.send("POST", "admin", "/rest/api/content", "application/json", body);
        assertThat(response.body(), response.status(), is(200));
        JsonNode page = response.json();
        assertThat(page.get("_links").get("webui").asText(), startsWith("/pages/viewpage.action?pageId="));
        return page.get("id").asText();
    }

    private static String bodyView(String pageId, String user) {
        Response response = client.getWithoutAccept(user, "/rest/api/content/" + pageId + "?expand=body.view");
        assertThat(response.body(), response.status(), is(200));
        return response.json().get("body").get("view").get("value").asText();
    }

    private static List<String> spaceKeys(Response response) {
        assertThat(response.body(), response.status(), is(200));
        List<String> keys = new ArrayList<>();
        response.json().get("results").forEach(community -> keys.add(community.get("spaceKey").asText()));
        return keys;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

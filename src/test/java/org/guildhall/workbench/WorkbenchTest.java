package org.guildhall.workbench;

import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.host.WorkbenchUserManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.guildhall.workbench.WorkbenchClient.json;
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
    private static WorkbenchClient client;

    @BeforeClass
    public static void startWorkbench() {
        workbench = Workbench.start(WorkbenchOptions.forTests(HOME.getRoot().toPath()));
        client = new WorkbenchClient(workbench.baseUrl());
    }

    @AfterClass
    public static void stopWorkbench() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    public void basicAuthentication_letsADemoUserIn() {
        HttpResponse<String> response = client.get(COMMUNITIES, "bob");

        assertThat(response.statusCode(), is(200));
    }

    @Test
    public void basicAuthentication_withAWrongPassword_isRefusedWith401() {
        HttpResponse<String> response = client.get(COMMUNITIES, "bob", "not-bobs-password");

        assertThat(response.statusCode(), is(401));
    }

    @Test
    public void appRest_forAnonymousCallers_answers401WithAJsonBody() {
        HttpResponse<String> response = client.get(COMMUNITIES, null);

        assertThat(response.statusCode(), is(401));
        assertThat(json(response).get("status").asInt(), is(401));
        assertThat(json(response).get("message").asText(), containsString("authenticated"));
    }

    @Test
    public void loginForm_startsASessionThatRestAccepts() {
        WorkbenchClient browser = new WorkbenchClient(workbench.baseUrl());

        HttpResponse<String> login = browser.logIn("carol", "carol", "/display/GUILDHALL");

        assertThat(login.statusCode(), is(302));
        assertThat(login.headers().firstValue("Location").orElseThrow(), containsString("/confluence/display/GUILDHALL"));
        assertThat(browser.getWithSession(COMMUNITIES).statusCode(), is(200));
    }

    @Test
    public void loginForm_withAWrongPassword_showsTheFormAgainWithAnError() {
        HttpResponse<String> login = new WorkbenchClient(workbench.baseUrl()).logIn("carol", "wrong", "/");

        assertThat(login.statusCode(), is(401));
        assertThat(login.body(), containsString("role=\"alert\""));
        assertThat(login.body(), containsString("<label for=\"os_username\">"));
    }

    @Test
    public void communityDirectory_hidesCommunitiesWhoseSpaceTheReaderCannotView() {
        List<String> keys = spaceKeys(client.get(COMMUNITIES, "bob"));

        assertThat(keys, hasItems("COFFEE", "AI"));
        assertThat(keys, not(hasItem("QC")));
    }

    @Test
    public void communityDirectory_showsARestrictedCommunityToThoseWhoMayViewItsSpace() {
        assertThat(spaceKeys(client.get(COMMUNITIES, "alice")), hasItems("COFFEE", "AI", "QC"));
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
        HttpResponse<String> saved = client.putJson(COMMUNITIES + "/ESCAPE", "admin",
                "{\"name\":\"<script>alert(1)</script>\",\"description\":\"<b>bold</b> & more\"}");
        assertThat(saved.body(), saved.statusCode(), is(200));
        String pageId = createPage("ESCAPE", "Directory", "<ac:structured-macro ac:name=\"guildhall-community-directory\"/>");

        String html = bodyView(pageId, "admin");

        assertThat(html, containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertThat(html, not(containsString("<script>alert(1)")));
        assertThat(html, containsString("&lt;b&gt;bold&lt;/b&gt; &amp; more"));
    }

    @Test
    public void mutatingRestCall_withAFormContentType_isRefusedAsCrossSiteRequest() {
        HttpResponse<String> response = client.send("PUT", COMMUNITIES + "/COFFEE", "admin",
                "application/x-www-form-urlencoded", "name=Hijacked");

        assertThat(response.statusCode(), is(403));
        assertThat(json(response).get("message").asText(), containsString("XSRF"));
    }

    @Test
    public void mutatingRestCall_withAFormContentTypeAndNoCheckToken_passesTheXsrfCheck() {
        HttpResponse<String> response = client.send("PUT", COMMUNITIES + "/COFFEE", "admin", "text/plain", "x",
                "X-Atlassian-Token", "no-check");

        // it reaches the resource, which takes JSON only
        assertThat(response.statusCode(), is(415));
    }

    @Test
    public void unknownMacro_rendersAnErrorMessageNamingIt() {
        createSpace("UNKNOWN", "Unknown macro test");
        String pageId = createPage("UNKNOWN", "Broken", "<ac:structured-macro ac:name=\"no-such-macro\"/>");

        assertThat(bodyView(pageId, "admin"), containsString("Unknown macro: &#39;no-such-macro&#39;"));
    }

    @Test
    public void directoryMacro_inEmail_rendersStaticMarkupWithAbsoluteLinks() {
        String pageId = json(client.get("/rest/api/space/GUILDHALL", "bob")).get("homepage").get("id").asText();

        HttpResponse<String> email = client.get("/rest/workbench/render?pageId=" + pageId + "&outputType=email", "bob");

        assertThat(email.statusCode(), is(200));
        assertThat(email.body(), containsString("guildhall-directory-static"));
        assertThat(email.body(), containsString("href=\"" + workbench.baseUrl() + "/display/COFFEE\""));
    }

    @Test
    public void spaceHomePage_isDecoratedWithLanguageTitleAndMainLandmark() {
        HttpResponse<String> page = client.get("/display/GUILDHALL", "bob");

        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), startsWith("<!DOCTYPE html>"));
        assertThat(page.body(), containsString("<html lang=\"en\">"));
        assertThat(page.body(), containsString("<title>Guildhall demo - Guildhall demo - Guildhall workbench</title>"));
        assertThat(page.body(), containsString("<main"));
        assertThat(page.body(), containsString("guildhall-card"));
        assertThat(page.body(), containsString("/download/resources/org.guildhall.confluence:community-directory/directory.js"));
    }

    @Test
    public void spaceHomePage_forAGermanReader_isInGerman() {
        HttpResponse<String> page = client.get("/display/GUILDHALL", "erin");

        assertThat(page.body(), containsString("<html lang=\"de\">"));
        assertThat(page.body(), containsString("1 Mitglied"));
    }

    @Test
    public void spaceTools_showTheAppsWebItemToSpaceAdminsOnly() {
        assertThat(client.get("/display/COFFEE", "alice").body(),
                containsString("/plugins/servlet/guildhall/space-settings?key=COFFEE"));
        assertThat(client.get("/display/COFFEE", "bob").body(), not(containsString("guildhall-space-tools")));
    }

    @Test
    public void pages_thatAreForbiddenOrMissing_answer403And404InTheChrome() {
        HttpResponse<String> forbidden = client.get("/display/QC", "bob");
        HttpResponse<String> missing = client.get("/pages/viewpage.action?pageId=999999", "bob");

        assertThat(forbidden.statusCode(), is(403));
        assertThat(forbidden.body(), containsString("<main"));
        assertThat(missing.statusCode(), is(404));
        assertThat(missing.body(), containsString("<html lang=\"en\">"));
    }

    @Test
    public void pluginServlet_isDecoratedWithItsTitleAndWebResources() {
        HttpResponse<String> page = client.get("/plugins/servlet/guildhall/space-settings?key=COFFEE", "alice");

        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), containsString("<title>Guildhall community settings - Coffee - Guildhall workbench</title>"));
        assertThat(page.body(), containsString("id=\"header\""));
        assertThat(page.body(), containsString("org.guildhall.confluence:space-settings/space-settings.js"));
        assertThat(page.body(), not(containsString("<meta name=\"decorator\"")));
    }

    @Test
    public void webResource_isServedWithItsTranslationsInlined() {
        HttpResponse<String> script = client.get(
                "/download/resources/org.guildhall.confluence:community-directory/directory.js", "erin");

        assertThat(script.statusCode(), is(200));
        assertThat(script.body(), containsString("AJS.format('Offen')"));
        assertThat(script.body(), not(containsString("AJS.I18n.getText")));
    }

    @Test
    public void spacePermissions_areListedForSpaceAdminsOnly() {
        HttpResponse<String> asAdmin = client.get("/rest/api/space/COFFEE/permission", "alice");
        HttpResponse<String> asReader = client.get("/rest/api/space/COFFEE/permission", "bob");

        assertThat(asAdmin.statusCode(), is(200));
        assertThat(asAdmin.body(), containsString("\"identifier\":\"wb-key-alice\""));
        assertThat(asReader.statusCode(), is(403));
    }

    @Test
    public void spacePermission_grantedThroughTheRestApi_letsTheUserViewTheSpace() {
        createSpace("PRIVATE", "Private test");
        client.postJson("/rest/api/space/PRIVATE/permission", "admin", "{\"subject\":{\"type\":\"group\","
                + "\"identifier\":\"confluence-users\"},\"operation\":{\"key\":\"read\",\"target\":\"space\"}}");
        assertThat(client.get("/display/PRIVATE", "dave").statusCode(), is(200));

        HttpResponse<String> restricted = client.postJson("/rest/api/space", "admin", "{\"key\":\"ONLYADMIN\",\"name\":\"x\"}");
        assertThat(restricted.statusCode(), is(200));
        HttpResponse<String> granted = client.postJson("/rest/api/space/ONLYADMIN/permission", "admin",
                "{\"subject\":{\"type\":\"user\",\"identifier\":\"wb-key-dave\"},"
                        + "\"operation\":{\"key\":\"administer\",\"target\":\"space\"}}");
        assertThat(granted.body(), granted.statusCode(), is(200));
        assertThat(json(granted).get("operation").get("key").asText(), is("administer"));
    }

    @Test
    public void spaceCreation_withATakenOrMalformedKey_isRefusedWith400() {
        assertThat(client.postJson("/rest/api/space", "admin", "{\"key\":\"COFFEE\",\"name\":\"Again\"}").statusCode(), is(400));
        assertThat(client.postJson("/rest/api/space", "admin", "{\"key\":\"NO SPACES\",\"name\":\"x\"}").statusCode(), is(400));
    }

    @Test
    public void bean_findsTheAppsComponentsHostServicesAndWorkbenchParts() {
        assertThat(workbench.bean(CommunityDirectory.class), instanceOf(CommunityDirectory.class));
        assertThat(workbench.bean(UserManager.class), instanceOf(WorkbenchUserManager.class));
        assertThat(workbench.bean(SpaceStore.class).find("GUILDHALL").isPresent(), is(true));
    }

    private static void createSpace(String key, String name) {
        HttpResponse<String> response = client.postJson("/rest/api/space", "admin",
                "{\"key\":\"" + key + "\",\"name\":\"" + name + "\"}");
        assertThat(response.body(), response.statusCode(), is(200));
    }

    private static String createPage(String spaceKey, String title, String storage) {
        String body = "{\"type\":\"page\",\"title\":\"" + title + "\",\"space\":{\"key\":\"" + spaceKey + "\"},"
                + "\"body\":{\"storage\":{\"value\":" + quote(storage) + ",\"representation\":\"storage\"}}}";
        HttpResponse<String> response = client.postJson("/rest/api/content", "admin", body);
        assertThat(response.body(), response.statusCode(), is(200));
        JsonNode page = json(response);
        assertThat(page.get("_links").get("webui").asText(), startsWith("/pages/viewpage.action?pageId="));
        return page.get("id").asText();
    }

    private static String bodyView(String pageId, String user) {
        HttpResponse<String> response = client.get("/rest/api/content/" + pageId + "?expand=body.view", user);
        assertThat(response.body(), response.statusCode(), is(200));
        return json(response).get("body").get("view").get("value").asText();
    }

    private static List<String> spaceKeys(HttpResponse<String> response) {
        assertThat(response.body(), response.statusCode(), is(200));
        List<String> keys = new ArrayList<>();
        json(response).get("results").forEach(community -> keys.add(community.get("spaceKey").asText()));
        return keys;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

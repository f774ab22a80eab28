package org.guildhall.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Confluence's read-only (maintenance) mode in headless Chromium: while it is on, the owner of a community finds no
 * write action on any Guildhall page — no moderation (approve, deny, remove, ban, role change, invitation), no join or
 * leave, no follow, no ask form, no endorsing or profile form, no digest choice, no space settings buttons — and the
 * read-only notice on each, every page still readable and axe-clean; when it ends, the actions are back.
 */
public class ReadOnlyModeBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String API = "/rest/guildhall/1.0";
    private static final String ACCESS_MODE = "/rest/workbench/access-mode";
    private static final String NOTICE = "Confluence is in read-only mode for maintenance.";
    private static String communityPage;
    private static long question;

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @BeforeClass
    public static void communityWithEveryWidget() {
        ConfluenceClient client = CONFLUENCE.client();
        client.createSpace("carol", "MAINT", "Maintenance brewers");
        client.grantGroupRead("carol", "MAINT", UserDirectory.USERS);
        assertThat(client.putJson("carol", API + "/communities/MAINT", toJson(Map.of("name", "Maintenance brewers",
                "visibility", "request", "topics", List.of("grinders")))).status(), is(200));
        assertThat(client.postJson("dave", API + "/communities/MAINT/members/me", "{\"message\":\"Let me in\"}")
                .status(), is(200));
        assertThat(client.postJson("carol", API + "/communities/MAINT/invitations",
                toJson(Map.of("userKey", "wb-key-bob"))).status(), is(200));
        assertThat(client.postJson("bob", API + "/communities/MAINT/members/me", "{}").status(), is(200));
        JsonNode asked = client.postJson("carol", API + "/questions", toJson(Map.of("community", "MAINT",
                "title", "Which burr grinder stays consistent?", "body", "For espresso at home.",
                "topics", List.of("grinders")))).json();
        question = asked.path("id").asLong();
        assertThat(client.postJson("bob", API + "/questions/" + question + "/answers",
                toJson(Map.of("body", "A conical burr grinder with stepless adjustment."))).status(), is(201));
        communityPage = client.createPage("carol", "MAINT", "Home",
                "<ac:structured-macro ac:name=\"guildhall-community-overview\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-community-members\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-activity\"><ac:parameter ac:name=\"communities\">"
                        + "MAINT</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"guildhall-ask\"/>");
    }

    @AfterClass
    public static void writable() {
        readOnly(false);
    }

    @Test
    public void whileReadOnly_everyWriteActionIsGoneAndEachPageSaysWhy_andTheActionsComeBackAfterwards() {
        logIn("carol");
        readOnly(true);

        open("/pages/viewpage.action?pageId=" + communityPage);
        Locator members = page.locator(".guildhall-members");
        assertThat(members.locator(".guildhall-members-request[data-user-key='wb-key-dave']")).isVisible();
        assertThat(members.locator(".guildhall-members-member[data-user-key='wb-key-bob']")).isVisible();
        assertThat(members.locator(".guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator(".guildhall-members-action")).hasCount(0);
        assertThat(page.locator(".guildhall-members-invite")).hasCount(0);
        assertThat(page.locator(".guildhall-members-member select[name=role]")).hasCount(0);
        assertThat(page.locator(".guildhall-join-action")).hasCount(0);
        assertThat(page.locator(".guildhall-join .guildhall-read-only-message").first()).containsText(NOTICE);
        assertThat(page.locator(".guildhall-activity-follow-topic")).hasCount(0);
        assertThat(page.locator(".guildhall-activity .guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator(".guildhall-ask-form")).hasCount(0);
        assertThat(page.locator(".guildhall-read-only-message").last()).containsText(NOTICE);
        members.locator(".guildhall-members-filter button[type=submit]").click(); // the list reloads, still no actions
        assertThat(members.locator(".guildhall-members-status")).containsText("member");
        assertThat(page.locator(".guildhall-members-action")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("read-only-community");

        open("/plugins/servlet/guildhall/questions/" + question);
        assertThat(page.locator(".guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator("form[data-method]")).hasCount(0);
        assertThat(page.locator(".guildhall-routed")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);

        open("/plugins/servlet/guildhall/people/wb-key-bob");
        assertThat(page.locator(".guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator(".guildhall-endorse-open")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        open("/plugins/servlet/guildhall/people/wb-key-carol");
        assertThat(page.locator(".guildhall-profile-form")).hasCount(0);

        open("/plugins/servlet/guildhall/digest");
        assertThat(page.locator(".guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator(".guildhall-digest-form")).hasCount(0);
        assertThat(page.locator(".guildhall-digest-current")).containsText("Off: no digest mail");
        Accessibility.assertNoSeriousViolations(page);

        open("/plugins/servlet/guildhall/space-settings?key=MAINT");
        assertThat(page.locator(".guildhall-read-only-message")).containsText(NOTICE);
        assertThat(page.locator(".guildhall-space-settings-form button")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);

        readOnly(false);

        open("/pages/viewpage.action?pageId=" + communityPage);
        assertThat(page.locator(".guildhall-read-only-message")).hasCount(0);
        assertThat(page.locator(".guildhall-members-request[data-user-key='wb-key-dave'] [data-action=approve]"))
                .isVisible();
        assertThat(page.locator(".guildhall-members-member[data-user-key='wb-key-bob'] [data-action=ban]"))
                .isVisible();
        assertThat(page.locator(".guildhall-members-invite")).isVisible();
        assertThat(page.locator(".guildhall-join-action").first()).isVisible();
        open("/plugins/servlet/guildhall/people/wb-key-bob");
        assertThat(page.locator(".guildhall-endorse-open")).isVisible();
        open("/plugins/servlet/guildhall/digest");
        assertThat(page.locator(".guildhall-digest-form")).isVisible();
        open("/plugins/servlet/guildhall/space-settings?key=MAINT");
        assertThat(page.locator(".guildhall-space-settings-form button[type=submit]")).isVisible();
    }

    private static void readOnly(boolean on) {
        assertThat(CONFLUENCE.client().putJson("admin", ACCESS_MODE, toJson(Map.of("readOnly", on))).status(),
                is(200));
    }
}

package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.activity.ActivityRecorder;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The end-to-end flow in headless Chromium, by keyboard: Dave follows a topic in the activity stream, a new
 * question with that topic appears in his "Following" stream, he chooses a daily digest on the digest page and sees
 * the question in its preview; the digest job runs (through the system administrators' "send now" endpoint, which
 * does the scheduled job's work) and the digest is in the workbench's outbox. Every state is checked with axe-core;
 * screenshots go to {@code target/e2e/}.
 */
public class DigestBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String TITLE = "Is a mocha better with dark chocolate?";
    private static String pageId;

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @BeforeClass
    public static void communityWithAStreamPage() {
        ConfluenceClient client = CONFLUENCE.client();
        client.createSpace("alice", "DIGEB", "Digest brewers");
        client.grantGroupRead("alice", "DIGEB", UserDirectory.USERS);
        assertThat(client.putJson("alice", "/rest/guildhall/1.0/communities/DIGEB", toJson(Map.of(
                "name", "Digest brewers", "visibility", "open", "topics", List.of("mocha", "tea")))).status(),
                is(200));
        pageId = client.createPage("alice", "DIGEB", "Stream", "<ac:structured-macro ac:name=\"guildhall-activity\">"
                + "<ac:parameter ac:name=\"communities\">DIGEB</ac:parameter></ac:structured-macro>");
    }

    @Test
    public void daveFollowsATopic_seesTheNewQuestion_previewsHisDigest_andReceivesIt() {
        logIn("dave");
        open("/pages/viewpage.action?pageId=" + pageId);
        Locator stream = page.locator(".guildhall-activity");
        stream.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type("mocha");
        page.keyboard().press("Enter");
        Locator follow = stream.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Follow topic mocha"));
        assertThat(follow).isVisible();
        follow.focus();
        page.keyboard().press("Enter");
        assertThat(follow).hasAttribute("aria-pressed", "true");

        ask(TITLE, "mocha");
        ask("Which tea suits a cold morning?", "tea");
        open("/pages/viewpage.action?pageId=" + pageId);
        stream.getByLabel("Only what I follow").focus();
        page.keyboard().press("Space");
        page.keyboard().press("Enter");
        assertThat(stream.locator(".guildhall-activity-item")).hasCount(1);
        assertThat(stream.locator(".guildhall-activity-item a").first()).hasText(TITLE);
        assertThat(stream.locator(".guildhall-activity-feed")).hasAttribute("href",
                java.util.regex.Pattern.compile("/rest/guildhall/1\\.0/activity/feed\\.atom\\?community=DIGEB$"));
        Accessibility.assertNoSeriousViolations(page);

        open("/plugins/servlet/guildhall/digest");
        page.getByLabel("Daily").focus();
        page.keyboard().press("Space");
        assertThat(page.getByLabel("Daily")).isChecked();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save")).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".guildhall-digest-status")).hasText("Saved.");
        assertThat(page.locator(".guildhall-digest-preview")).containsText(TITLE);
        assertThat(page.locator(".guildhall-digest-preview")).not().containsText("Which tea suits a cold morning?");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("digest-preview");

        assertThat(CONFLUENCE.client().postJson("admin", "/rest/guildhall/1.0/admin/digests/send", "{}").status(),
                is(200));
        open("/workbench/outbox");
        Locator row = page.locator(".workbench-outbox-list tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Your daily Guildhall digest"))
                .filter(new Locator.FilterOptions().setHasText("dave@example.com"));
        for (int attempt = 0; attempt < 50 && row.count() == 0; attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(row).hasCount(1);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("digest-outbox");
    }

    private static void ask(String title, String topic) {
        assertThat(CONFLUENCE.client().postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of(
                "community", "DIGEB", "title", title, "body", "Asked from the digest browser test.",
                "topics", List.of(topic)))).status(), is(201));
        CONFLUENCE.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20));
    }
}

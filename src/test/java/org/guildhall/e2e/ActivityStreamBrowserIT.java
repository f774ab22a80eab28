package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
 * The activity stream macro in headless Chromium: a reader filters by a topic and follows it with the keyboard, a new
 * question with that topic shows up in their "Following" stream, and "Show more" loads older entries. Every state is
 * checked with axe-core; screenshots go to {@code target/e2e/}.
 */
public class ActivityStreamBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static String pageId;

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @BeforeClass
    public static void communityWithAStreamPage() {
        ConfluenceClient client = CONFLUENCE.client();
        client.createSpace("alice", "BROWSE", "Browsing brewers");
        client.grantGroupRead("alice", "BROWSE", UserDirectory.USERS);
        assertThat(client.putJson("alice", "/rest/guildhall/1.0/communities/BROWSE", toJson(Map.of(
                "name", "Browsing brewers", "visibility", "open", "topics", List.of("espresso", "tea")))).status(),
                is(200));
        ask(client, "Which kettle pours most evenly?", "tea");
        ask(client, "How hot should water be for oolong?", "tea");
        pageId = client.createPage("alice", "BROWSE", "Stream", "<ac:structured-macro ac:name=\"guildhall-activity\">"
                + "<ac:parameter ac:name=\"communities\">BROWSE</ac:parameter>"
                + "<ac:parameter ac:name=\"size\">2</ac:parameter></ac:structured-macro>");
    }

    @Test
    public void aReaderFollowsATopicAndSeesANewQuestionInFollowing() {
        logIn("dave");
        open("/pages/viewpage.action?pageId=" + pageId);
        Locator stream = page.locator(".guildhall-activity");
        Locator topic = stream.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true));
        topic.focus();
        page.keyboard().type("espresso");
        page.keyboard().press("Enter");
        Locator follow = stream.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Follow topic espresso"));
        assertThat(follow).isVisible();
        follow.focus();
        page.keyboard().press("Enter");
        assertThat(follow).hasAttribute("aria-pressed", "true");
        Accessibility.assertNoSeriousViolations(page);

        ask(CONFLUENCE.client(), "Does a darker roast make stronger espresso?", "espresso");
        ask(CONFLUENCE.client(), "Is white tea the mildest tea?", "tea");
        open("/pages/viewpage.action?pageId=" + pageId);
        stream.getByLabel("Only what I follow").focus();
        page.keyboard().press("Space");
        assertThat(stream.getByLabel("Only what I follow")).isChecked();
        page.keyboard().press("Enter");

        assertThat(stream.locator(".guildhall-activity-item")).hasCount(1);
        assertThat(stream.locator(".guildhall-activity-item a")).hasText("Does a darker roast make stronger espresso?");
        assertThat(stream.locator(".guildhall-activity-time").first()).hasAttribute("datetime",
                java.util.regex.Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT"));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("activity-following");
    }

    @Test
    public void showMoreLoadsOlderEntriesAndMovesFocusToThem() {
        logIn("bob");
        open("/pages/viewpage.action?pageId=" + pageId);
        Locator stream = page.locator(".guildhall-activity");
        assertThat(stream.locator(".guildhall-activity-item")).hasCount(2);

        Locator more = stream.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show more"));
        more.focus();
        page.keyboard().press("Enter");

        assertThat(stream.locator(".guildhall-activity-item").nth(2).locator("a")).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("activity-more");
    }

    private static void ask(ConfluenceClient client, String title, String topic) {
        assertThat(client.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "BROWSE",
                "title", title, "body", "Asked from the browser test.", "topics", List.of(topic)))).status(), is(201));
        CONFLUENCE.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20));
    }
}

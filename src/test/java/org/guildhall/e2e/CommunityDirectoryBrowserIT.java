package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;


import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * What people do with the community directory and the space settings, in headless Chromium against the workbench:
 * log in, read the directory, page with the keyboard, turn a space into a community. Every page is checked with
 * axe-core; screenshots go to {@code target/e2e/}.
 */
public class CommunityDirectoryBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void aReaderLogsInAndSeesTheCommunitiesTheyMayJoin() {
        logIn("bob");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");

        assertThat(page.locator(".guildhall-card[data-space-key='COFFEE']")).isVisible();
        assertThat(page.locator(".guildhall-card[data-space-key='AI']")).isVisible();
        assertThat(page.locator(".guildhall-card[data-space-key='QC']")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("directory-bob");
    }

    @Test
    public void showMoreLoadsTheNextCommunitiesAndMovesFocusToThemByKeyboard() {
        String pageId = new ConfluenceClient(CONFLUENCE.baseUrl()).createPage("admin", "GUILDHALL", "Directory one by one",
                "<ac:structured-macro ac:name=\"guildhall-community-directory\"><ac:parameter ac:name=\"limit\">1</ac:parameter></ac:structured-macro>");
        logIn("alice");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        assertThat(page.locator(".guildhall-card")).hasCount(1);

        Locator more = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more communities"));
        more.focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".guildhall-card")).hasCount(2);
        assertThat(page.locator(".guildhall-card").nth(1).locator("a")).isFocused();
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    public void aReaderFiltersAndSortsTheDirectoryWithTheKeyboardOnly() {
        logIn("bob");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");
        Locator directory = page.locator(".guildhall-directory");
        Locator status = directory.locator(".guildhall-directory-status");

        Locator search = directory.getByLabel("Search", new Locator.GetByLabelOptions().setExact(true));
        search.focus();
        page.keyboard().type("COFFEE");
        page.keyboard().press("Enter");
        assertThat(directory.locator(".guildhall-card")).hasCount(1);
        assertThat(directory.locator(".guildhall-card[data-space-key='COFFEE']")).isVisible();
        assertThat(status).hasText("Showing 1 community.");
        assertThat(search).isFocused();

        page.keyboard().press("Control+A");
        page.keyboard().press("Backspace");
        page.keyboard().press("Tab");
        assertThat(directory.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true))).isFocused();
        page.keyboard().type("Machine Learning");
        page.keyboard().press("Enter");
        assertThat(directory.locator(".guildhall-card")).hasCount(1);
        assertThat(directory.locator(".guildhall-card[data-space-key='AI'] .guildhall-card-topics"))
                .containsText("machine-learning");

        page.keyboard().press("Tab");
        assertThat(directory.getByLabel("Sort by")).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(directory).hasAttribute("data-sort", "size");
        assertThat(directory.locator(".guildhall-card[data-space-key='AI']")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("directory-filtered");
    }

    @Test
    public void aBadTopicIsExplainedAtItsFieldAndKeepsTheCards() {
        logIn("bob");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");
        Locator directory = page.locator(".guildhall-directory");
        int cards = directory.locator(".guildhall-card").count();

        Locator topic = directory.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true));
        topic.focus();
        page.keyboard().type("no/such");
        page.keyboard().press("Enter");

        assertThat(directory.locator(".error[data-field='topic']")).containsText("A topic is 1 to 40 letters");
        assertThat(topic).hasAttribute("aria-invalid", "true");
        assertThat(topic).isFocused();
        assertThat(directory.locator(".guildhall-card")).hasCount(cards);
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    public void aSearchThatFindsNothingSaysSoAndShowMoreFollowsTheNewSearch() {
        String pageId = new ConfluenceClient(CONFLUENCE.baseUrl()).createPage("admin", "GUILDHALL", "Directory in pairs",
                "<ac:structured-macro ac:name=\"guildhall-community-directory\"><ac:parameter ac:name=\"limit\">1</ac:parameter></ac:structured-macro>");
        logIn("alice");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator directory = page.locator(".guildhall-directory");
        Locator search = directory.getByLabel("Search", new Locator.GetByLabelOptions().setExact(true));

        search.fill("no such community anywhere");
        search.press("Enter");
        assertThat(directory.locator(".guildhall-directory-no-match")).isVisible();
        assertThat(directory.locator(".guildhall-card")).hasCount(0);
        assertThat(directory.locator(".guildhall-directory-more")).isHidden();

        search.fill("");
        directory.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true)).fill("qubits");
        search.press("Enter");
        assertThat(directory.locator(".guildhall-card[data-space-key='QC']")).isVisible();
        assertThat(directory.locator(".guildhall-directory-no-match")).isHidden();
        assertThat(directory.locator(".guildhall-directory-more")).isHidden();
    }

    @Test
    public void aSpaceAdminTurnsTheirSpaceIntoACommunityFromSpaceTools() {
        new ConfluenceClient(CONFLUENCE.baseUrl()).createSpace("carol", "TEAPOT", "Tea pot");
        logIn("carol");
        page.navigate(CONFLUENCE.baseUrl() + "/display/TEAPOT");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guildhall").setExact(true)).click();
        Accessibility.assertNoSeriousViolations(page);

        page.getByLabel("Community name").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn into a community")).click();
        assertThat(page.locator(".error[data-field='name']")).hasText("Enter a name.");
        assertThat(page.getByLabel("Community name")).isFocused();

        page.getByLabel("Community name").fill("Tea drinkers");
        page.getByLabel("Description").fill("Leaves, kettles and patience");
        page.getByLabel("Topics").fill("Green tea, oolong");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn into a community")).click();

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings"))).isVisible();
        screenshot("space-settings");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");
        assertThat(page.locator(".guildhall-card[data-space-key='TEAPOT']")).containsText("Tea drinkers");
        assertThat(page.locator(".guildhall-card[data-space-key='TEAPOT'] .guildhall-card-topics")).containsText("green-tea");
    }

    @Test
    public void germanReadersSeeTheDirectoryInGerman() {
        logIn("erin");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");

        assertThat(page.locator(".guildhall-card[data-space-key='COFFEE']")).containsText("Offen");
        assertThat(page.locator("html").getAttribute("lang"), is("de"));
    }

}

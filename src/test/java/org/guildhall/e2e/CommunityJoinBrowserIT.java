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
 * The join button in headless Chromium against the workbench: a reader asks to join a community that joins on
 * request, using only the keyboard; its owner approves; the reader sees that they are a member. Every state is
 * checked with axe-core and kept as a screenshot in {@code target/e2e/}.
 */
public class CommunityJoinBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void aReaderAsksToJoin_theOwnerApproves_andTheReaderSeesTheyAreAMember() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "BREW", "Home brewing");
        confluence.grantGroupRead("carol", "BREW", "confluence-users");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/BREW",
                "{\"name\":\"Home brewers\",\"visibility\":\"request\"}").status(), is(200));
        String pageId = confluence.createPage("carol", "BREW", "Join us",
                "<p>Brewing at home.</p><ac:structured-macro ac:name=\"guildhall-community-join\"/>");

        logIn("dave");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);
        Locator state = page.locator(".guildhall-join-state");
        assertThat(state).hasText("You are not a member of Home brewers.");
        Accessibility.assertNoSeriousViolations(page);

        page.getByLabel("Message to the moderators (optional)").fill("I brew stouts");
        Locator request = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request to join"));
        request.focus();
        page.keyboard().press("Enter");

        assertThat(state).hasText("You asked to join Home brewers. The moderators will decide.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw request"))).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("join-pending");

        ConfluenceClient.Response requests = confluence.get("carol", "/rest/guildhall/1.0/communities/BREW/requests");
        assertThat(requests.json().at("/results/0/message").asText(), is("I brew stouts"));
        assertThat(confluence.postJson("carol", "/rest/guildhall/1.0/communities/BREW/requests/wb-key-dave",
                "{\"decision\":\"approve\",\"message\":\"Welcome!\"}").status(), is(200));

        page.reload();
        assertThat(state).hasText("You are a member of Home brewers.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave community"))).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("join-member");
    }

    @Test
    public void aReaderJoinsAnOpenCommunityAtOnceAndLeavesAgain() {
        String pageId = CONFLUENCE.client().createPage("admin", "AI", "Join AI",
                "<ac:structured-macro ac:name=\"guildhall-community-join\"/>");
        logIn("erin");
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + pageId);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beitreten")).click();
        assertThat(page.locator(".guildhall-join-state")).hasText("Sie sind Mitglied von Artificial Intelligence.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Community verlassen")).click();
        assertThat(page.locator(".guildhall-join-state")).hasText("Sie sind kein Mitglied von Artificial Intelligence.");
        Accessibility.assertNoSeriousViolations(page);
    }

}

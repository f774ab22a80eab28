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
 * Space tools → Guildhall in headless Chromium against the workbench: a space admin chooses Private, sees exactly
 * what will change in the space permissions, cancels, then confirms with the keyboard; afterwards a non-member no
 * longer finds the community. Checked with axe-core; screenshots in {@code target/e2e/}.
 */
public class PrivateCommunityBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theAdminSeesThePlanAndConfirmsIt_andNonMembersLoseTheCommunity() {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("carol", "VAULT", "The vault");
        confluence.grantGroupRead("carol", "VAULT", "confluence-users");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/VAULT",
                "{\"name\":\"Vault keepers\",\"visibility\":\"open\"}").status(), is(200));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities/VAULT").status(), is(200));

        logIn("carol");
        open("/plugins/servlet/guildhall/space-settings?key=VAULT");
        page.locator("label[for=guildhall-visibility-private]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();

        Locator plan = page.locator(".guildhall-privacy-plan");
        assertThat(plan).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Make this community private?")))
                .isFocused();
        assertThat(plan).containsText("Create the group guildhall-vault-members");
        assertThat(plan).containsText("Group confluence-users");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("private-plan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel")).click();
        assertThat(plan).isHidden();
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities/VAULT").status(), is(200));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
        Locator confirm = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make private"));
        confirm.focus();
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        page.waitForLoadState();
        assertThat(page.getByLabel("Private: only members can view the space; people join by invitation."))
                .isChecked();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("private-saved");
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities/VAULT").status(), is(404));
        assertThat(confluence.get("carol", "/rest/guildhall/1.0/communities/VAULT").json().get("visibility").asText(),
                is("private"));
    }
}

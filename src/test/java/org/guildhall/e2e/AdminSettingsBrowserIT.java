package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The global settings page in headless Chromium: the system administrator opens it, confirms their password on
 * Confluence's administrator-access page (WebSudo), changes the routing cap by keyboard, saves, and finds the change
 * in the audit trail below. Checked with axe-core; screenshots in {@code target/e2e/} (the admin documentation uses
 * them).
 */
public class AdminSettingsBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theAdministratorConfirmsTheirPassword_changesTheRoutingCap_andSeesItInTheAuditTrail() {
        logIn("admin");
        open("/plugins/servlet/guildhall/admin/settings");

        assertThat(page.locator("h1")).hasText("Administrator access");
        Accessibility.assertNoSeriousViolations(page);
        page.getByLabel("Password").fill("admin");
        page.getByLabel("Password").press("Enter");

        assertThat(page.locator("h1")).hasText("Guildhall settings");
        Locator cap = page.getByLabel("Routed questions per person and week (1–100)");
        assertThat(cap).hasValue("5");
        assertThat(page.getByLabel("Questions and answers")).isChecked();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("admin-settings");

        cap.fill("9");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).focus();
        page.keyboard().press("Enter");

        assertThat(page.locator(".guildhall-admin-status")).containsText("Settings saved.");
        Locator firstChange = page.locator(".guildhall-audit-table tbody tr").first();
        assertThat(firstChange).containsText("routing");
        assertThat(firstChange).containsText("\"weeklyCap\":9");
        assertThat(firstChange).containsText("\"weeklyCap\":5");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("admin-settings-audit");
    }
}

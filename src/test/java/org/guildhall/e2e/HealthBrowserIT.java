package org.guildhall.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;

/**
 * Community health in headless Chromium, on the demo community COFFEE that the workbench imported from the real
 * coffee.stackexchange.com sample (January to March 2015): an administrator picks a period with the keyboard, sees the
 * figures and charts with their data tables, names the recipients of the community's weekly spotlight (an unknown
 * group is refused next to its field), then exports every community's figures as CSV from Confluence
 * administration. Screenshots in {@code target/e2e/}.
 */
public class HealthBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void anAdministratorSeesCoffeesHealthWithCharts_namesSpotlightRecipients_andExportsTheSiteWideCsv() throws IOException,
            InterruptedException {
        awaitImport();
        logIn("admin");
        open("/plugins/servlet/guildhall/communities/COFFEE/health");

        page.getByLabel("First day").fill("2015-01-15");
        page.getByLabel("End").fill("2015-02-15");
        page.getByLabel("End").press("Enter");
        page.waitForURL("**/health?from=2015-01-15&to=2015-02-15");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Coffee");
        assertThat(page.locator("svg[role=img]").first()).isVisible();
        assertThat(page.locator("svg[role=img]")).hasCount(2);
        assertThat(page.locator(".guildhall-chart-data")).hasCount(2);
        String asked = page.locator("tr[data-figure=questions-asked] td").first().innerText();
        assertThat(Integer.parseInt(asked.trim()), greaterThan(0));
        assertThat(page.locator(".guildhall-health-champions").first()).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("health-coffee");

        // the weekly spotlight's recipients, with the keyboard: an unknown group is named and nothing is saved
        page.getByLabel("People", EXACT).fill("erin, bob");
        page.getByLabel("Confluence groups", EXACT).fill("no-such-group");
        page.getByLabel("Confluence groups", EXACT).press("Enter");
        assertThat(page.locator(".error[data-field=groups]")).not().isEmpty();
        assertThat(page.getByLabel("Confluence groups", EXACT)).isFocused();
        page.getByLabel("Confluence groups", EXACT).fill("confluence-users");
        page.getByLabel("Confluence groups", EXACT).press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator(".guildhall-spotlight-status")).containsText("recipients are saved");
        assertThat(page.locator(".error[data-field=groups]")).isEmpty();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("health-spotlight-recipients");
        page.reload();
        assertThat(page.getByLabel("People", EXACT)).hasValue("bob, erin");
        assertThat(page.getByLabel("Confluence groups", EXACT)).hasValue("confluence-users");

        open("/plugins/servlet/guildhall/admin/health?from=2015-01-15&to=2015-02-15&sort=questions-asked&order=desc");
        assertThat(page.locator("table.guildhall-site-health")).containsText("Coffee");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("health-site-wide");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Export as CSV")).click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv, startsWith("space-key,name,active-members,"));
        assertThat(csv, containsString("\r\nCOFFEE,"));
    }

    /** The workbench imports the sample in the background at start. */
    private static void awaitImport() throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            var health = CONFLUENCE.client().get("admin", "/rest/guildhall/1.0/communities/COFFEE/health"
                    + "?from=2015-01-15&to=2015-02-15");
            if (health.status() == 200 && health.json().at("/figures/4/value").asInt() > 0) {
                return;
            }
            Thread.sleep(200);
        }
    }
}

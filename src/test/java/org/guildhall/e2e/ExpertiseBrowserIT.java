package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The flow in headless Chromium, on topics the coffee demo does not have: bob declares "cold-brew-lab" on his
 * expertise page, carol endorses it pointing at bob's answer, and when dave asks a new question on it, his question page
 * suggests bob and bob's routing mail is in the workbench outbox. Bob follows the mail's link and declines with the
 * keyboard ("Not my area"). Every page is checked with axe.
 */
public class ExpertiseBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "XPFLOW";
    private static final String TOPIC = "cold-brew-lab";
    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void declaredSkill_endorsedWithAnAnswer_getsTheExpertSuggestedAndMailed_andTheExpertCanDecline()
            throws InterruptedException {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("alice", SPACE, "Expertise flow");
        confluence.grantGroupRead("alice", SPACE, "confluence-users");
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + SPACE, toJson(Map.of("name",
                "Expertise flow", "visibility", "open", "topics", List.of(TOPIC)))).status(), is(200));
        long first = ask(confluence, "alice", "How long should cold brew steep?");
        assertThat(confluence.postJson("bob", QUESTIONS + "/" + first + "/answers",
                toJson(Map.of("body", "Sixteen hours in the fridge, coarse grind."))).status(), is(201));

        logIn("bob");
        open("/plugins/servlet/guildhall/people/wb-key-bob");
        page.getByLabel("Add a topic").fill(TOPIC);
        page.locator("#guildhall-skill-level-new").selectOption("expert");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save profile")).click();
        assertThat(page.locator(".guildhall-skills")).containsText(TOPIC);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("expertise-declared");

        switchTo("carol");
        open("/plugins/servlet/guildhall/people/wb-key-bob");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse a skill")).click();
        page.getByLabel("Which answer proves the skill?").selectOption(new com.microsoft.playwright.options
                .SelectOption().setLabel(TOPIC + ": How long should cold brew steep?"));
        Accessibility.assertNoSeriousViolations(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Endorse").setExact(true)).click();
        assertThat(page.locator(".guildhall-endorsement")).containsText("Carol Castillo");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("expertise-endorsed");

        String title = "Cold brew concentrate or ready to drink?";
        long question = ask(confluence, "dave", title);
        // routing runs in the background after asking; the page reads it once when it loads
        for (int attempt = 0; attempt < 100 && !confluence.get("dave", QUESTIONS + "/" + question + "/routing")
                .body().contains("wb-key-bob"); attempt++) {
            Thread.sleep(100);
        }
        switchTo("dave");
        open("/plugins/servlet/guildhall/questions/" + question);
        assertThat(page.locator("#guildhall-routing")).containsText("Bob Brennan");
        assertThat(page.locator("#guildhall-routed")).isHidden();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("expertise-suggested");

        open("/workbench/outbox");
        Locator mail = page.locator(".workbench-outbox-list tbody tr")
                .filter(new Locator.FilterOptions().setHasText("Can you answer this? " + title))
                .filter(new Locator.FilterOptions().setHasText("bob@example.com"));
        for (int attempt = 0; attempt < 50 && mail.count() == 0; attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(mail).hasCount(1);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("expertise-routing-mail");

        switchTo("bob");
        open("/plugins/servlet/guildhall/questions/" + question + "#guildhall-routed");
        Locator routed = page.locator("#guildhall-routed");
        assertThat(routed).isVisible();
        assertThat(routed).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        page.keyboard().press("Tab");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Not my area – decline")))
                .isFocused();
        page.keyboard().press("Enter");
        assertThat(routed.locator(".guildhall-routed-status")).containsText("Declined");
        boolean declined = false;
        for (com.fasterxml.jackson.databind.JsonNode asked : confluence.get("dave", QUESTIONS + "/" + question
                + "/routing").json().get("asked")) {
            declined |= asked.get("userKey").asText().equals("wb-key-bob") && !asked.get("declinedAt").isNull();
        }
        assertThat(declined, is(true));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("expertise-declined");
    }

    private static long ask(ConfluenceClient confluence, String login, String title) {
        ConfluenceClient.Response asked = confluence.postJson(login, QUESTIONS, toJson(Map.of("community", SPACE,
                "title", title, "body", "Thanks!", "topics", List.of(TOPIC))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    /** Logs out and in again as someone else, in the same browser context. */
    private void switchTo(String user) {
        open("/logout.action");
        logIn(user);
    }
}

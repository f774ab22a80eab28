package org.guildhall.e2e;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
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
 * Routing in headless Chromium: bob and erin answer about cortado, so when carol asks about it her question page
 * shows them as suggested experts, linked to their profiles.
 */
public class RoutingBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "ROUTEUI";
    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void theAskerSeesTheExpertsHerQuestionWasRoutedTo() throws InterruptedException {
        ConfluenceClient confluence = CONFLUENCE.client();
        confluence.createSpace("alice", SPACE, "Routing UI");
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + SPACE, toJson(Map.of("name",
                "Routing UI", "visibility", "open", "topics", List.of("cortado")))).status(), is(200));
        long first = ask(confluence, "alice", "What is a cortado?");
        for (String name : List.of("bob", "erin")) {
            assertThat(confluence.postJson(name, QUESTIONS + "/" + first + "/answers",
                    toJson(Map.of("body", "Espresso cut with warm milk."))).status(), is(201));
        }
        awaitExperts(confluence, List.of("wb-key-bob", "wb-key-erin"));
        long question = ask(confluence, "carol", "Cortado or flat white for a strong coffee?");
        // routing runs in the background after asking; the page reads it once when it loads
        for (int attempt = 0; attempt < 100 && !confluence.get("carol", QUESTIONS + "/" + question + "/routing")
                .body().contains("wb-key-erin"); attempt++) {
            Thread.sleep(100);
        }

        logIn("carol");
        open("/plugins/servlet/guildhall/questions/" + question);
        assertThat(page.locator("#guildhall-routing")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bob Brennan"))).isVisible();
        assertThat(page.locator("#guildhall-routing")).containsText("Erin Engel");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("routing-suggested-experts");
    }

    private static long ask(ConfluenceClient confluence, String login, String title) {
        ConfluenceClient.Response asked = confluence.postJson(login, QUESTIONS, toJson(Map.of("community", SPACE,
                "title", title, "body", "Thanks!", "topics", List.of("cortado"))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    /** Evidence is kept in the background: waits until the finder lists these people. */
    private static void awaitExperts(ConfluenceClient confluence, List<String> keys) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            String body = confluence.get("alice", "/rest/guildhall/1.0/experts?topic=cortado&community=" + SPACE)
                    .body();
            if (keys.stream().allMatch(body::contains)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("evidence never arrived");
    }
}

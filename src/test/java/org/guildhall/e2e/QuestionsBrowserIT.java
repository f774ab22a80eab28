package org.guildhall.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Questions and answers in headless Chromium against the workbench: alice asks in COFFEE through the ask macro (the
 * title brings up a similar question from the imported coffee sample; the body previews), bob answers and votes,
 * alice accepts his answer, and the outbox shows alice's mail about the answer and bob's about the acceptance. Every
 * step is checked with axe-core and kept as a screenshot in {@code target/e2e/}. Also: no script from a hostile post
 * runs in the browser.
 */
public class QuestionsBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String TITLE = "How should I store my coffee beans at home?";
    private static final Pattern QUESTION_PAGE = Pattern.compile(".*/plugins/servlet/guildhall/questions/\\d+/[a-z0-9-]+.*");

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @Test
    public void aliceAsksSeeingASimilarQuestion_bobAnswersAndVotes_aliceAccepts_andTheMailIsInTheOutbox() {
        String askPage = CONFLUENCE.client().createPage("alice", "COFFEE", "Storing beans help",
                "<ac:structured-macro ac:name=\"guildhall-ask\"/>");

        logIn("alice");
        open("/pages/viewpage.action?pageId=" + askPage);
        page.getByLabel("Title").focus();
        page.keyboard().type(TITLE);
        // a real question of the coffee sample, imported into COFFEE when the workbench started
        assertThat(page.locator(".guildhall-similar-list")).containsText("How should I store whole bean coffee?");
        page.getByLabel("Details").fill("I grind **fine** and pull 25 seconds.");
        assertThat(page.locator(".guildhall-preview strong")).hasText("fine");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Topics"))).focus();
        page.keyboard().type("espre");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add topic espresso").setExact(true)).click();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-ask");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post your question")).click();

        page.waitForURL(QUESTION_PAGE);
        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator(".guildhall-question .guildhall-post-body strong")).hasText("fine");
        assertThat(page.locator(".guildhall-question .guildhall-topics")).containsText("espresso");
        String questionUrl = page.url();
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-question-asked");

        switchTo("bob");
        page.navigate(questionUrl);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Your answer"))).fill("Grind *coarser* and raise the temperature.");
        assertThat(page.locator("#guildhall-answer-preview em")).hasText("coarser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post your answer")).click();
        Locator answer = page.locator(".guildhall-answer").first();
        assertThat(answer).containsText("Grind coarser and raise the temperature.");
        assertThat(answer).isFocused();

        Locator questionVotes = page.locator(".guildhall-question .guildhall-vote");
        Locator up = questionVotes.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("This is useful (vote up)"));
        up.focus();
        page.keyboard().press("Enter");
        assertThat(questionVotes.locator(".guildhall-score")).hasText("1");
        assertThat(up).hasAttribute("aria-pressed", "true");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-answered-and-voted");

        switchTo("alice");
        page.navigate(questionUrl);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept this answer")).click();
        assertThat(page.locator(".guildhall-answer.guildhall-accepted .guildhall-accepted-marker")).hasText("Accepted");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw acceptance")))
                .isVisible();
        assertThat(page.locator(".guildhall-question-meta")).containsText("Accepted answer");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-accepted");

        open("/plugins/servlet/guildhall/questions?community=COFFEE");
        assertThat(page.locator(".guildhall-question-row").first()).containsText(TITLE);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-browse");

        open("/workbench/outbox");
        // the single message's page is not opened: its HTML part sits in a script-less sandboxed frame, where axe hangs
        waitForMail("alice@example.com", "New answer to \"" + TITLE + "\"");
        waitForMail("bob@example.com", "Answer accepted: \"" + TITLE + "\"");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-outbox");
    }

    @Test
    public void noScriptFromAHostilePostRuns_andTheListFiltersWorkByKeyboard() {
        ConfluenceClient confluence = CONFLUENCE.client();
        String payload = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">"
                + "[x](javascript:window.__xss=3)";
        confluence.postJson("carol", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "COFFEE",
                "title", "Which beans suit a moka pot best?", "body", "Medium roast?", "topics", List.of("beans"))));
        confluence.postJson("carol", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "COFFEE",
                "title", "<img src=x onerror=\"window.__xss = 4\"> hostile title", "body", payload,
                "topics", List.of("beans"))));
        String listPage = confluence.createPage("alice", "COFFEE", "Bean questions",
                "<ac:structured-macro ac:name=\"guildhall-questions\"><ac:parameter ac:name=\"limit\">1"
                        + "</ac:parameter></ac:structured-macro>");

        logIn("bob");
        open("/pages/viewpage.action?pageId=" + listPage);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("hostile title"))).click();
        page.waitForURL(QUESTION_PAGE);
        assertThat(page.evaluate("() => window.__xss === undefined"), is(true));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-hostile-question");

        open("/pages/viewpage.action?pageId=" + listPage);
        page.getByLabel("Show").selectOption("unanswered");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).press("Enter");
        assertThat(page.locator(".guildhall-question-row")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more")).press("Enter");
        assertThat(page.locator(".guildhall-question-row")).hasCount(2);
        assertThat(page.evaluate("() => window.__xss === undefined"), is(true));
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-list-macro");
    }

    @Test
    public void theDemoShowsQuestionsOnTheGuildhallHomeAndAnAskPageInCoffee() {
        CONFLUENCE.client().postJson("carol", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "COFFEE",
                "title", "Does a burr grinder really matter?", "body", "For filter coffee.",
                "topics", List.of("brewing"))));

        logIn("erin");
        open("/display/GUILDHALL");
        assertThat(page.locator(".guildhall-questions")).containsText("Does a burr grinder really matter?");
        assertThat(page.locator(".guildhall-topic-list")).containsText("brewing");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-demo-guildhall-home");

        open("/display/COFFEE");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ask the coffee lovers")).click();
        assertThat(page.locator(".guildhall-ask h2")).hasText("Frage an die Community Coffee lovers");
        assertThat(page.locator(".guildhall-questions").first()).containsText("Does a burr grinder really matter?");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-demo-coffee-ask-page");
    }

    @Test
    public void theAskerCommentsEditsAndReadsTheHistory_andTheOwnerClosesAndReopens() {
        ConfluenceClient confluence = CONFLUENCE.client();
        long id = confluence.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "COFFEE",
                "title", "How hot should milk be for a flat white?", "body", "I steam it to 80 degrees.",
                "topics", List.of("espresso")))).json().get("id").asLong();

        logIn("alice");
        open("/plugins/servlet/guildhall/questions/" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a comment")).first().press("Enter");
        page.keyboard().type("Whole milk, if that matters.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).first().click();
        assertThat(page.locator(".guildhall-question .guildhall-comment-list")).containsText("Whole milk, if that matters.");
        page.waitForLoadState(LoadState.LOAD);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit")).first().press("Enter");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Details")).fill("I steam it to 65 degrees.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).first().click();
        assertThat(page.locator(".guildhall-question .guildhall-post-body")).hasText("I steam it to 65 degrees.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^edited"))).click();
        assertThat(page.locator("h1")).hasText("Revisions of the question");
        assertThat(page.locator(".guildhall-revision").first().locator("ins")).hasText("+I steam it to 65 degrees.");
        assertThat(page.locator(".guildhall-revision").first().locator("del")).hasText("-I steam it to 80 degrees.");
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-revisions");

        page.goBack();
        page.waitForLoadState(LoadState.LOAD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close question")).first().press("Enter");
        page.getByLabel("Closed as resolved").focus();
        page.keyboard().press("Space");
        page.locator(".guildhall-close-form button[type=submit]").click();
        assertThat(page.locator(".guildhall-question-meta")).containsText("Closed as resolved");
        assertThat(page.locator(".guildhall-answer-form")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
        screenshot("qa-closed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reopen")).click();
        assertThat(page.locator(".guildhall-answer-form")).hasCount(1);
    }

    /**
     * Waits until the outbox lists exactly one message with that subject to that address (notifications go out in
     * the background after the commit).
     */
    private void waitForMail(String to, String subject) {
        Locator row = page.locator(".workbench-outbox-list tbody tr")
                .filter(new Locator.FilterOptions().setHasText(subject))
                .filter(new Locator.FilterOptions().setHasText(to));
        for (int attempt = 0; attempt < 50 && row.count() == 0; attempt++) {
            page.waitForTimeout(200);
            page.reload();
        }
        assertThat(row).hasCount(1);
    }

    /** Logs out and in again as someone else, in the same browser context. */
    private void switchTo(String user) {
        open("/logout.action");
        logIn(user);
    }
}

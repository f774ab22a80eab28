package org.guildhall.qa.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Stack Exchange content is CC BY-SA: wherever an imported post is shown — REST JSON, the question page, the question
 * macro, the list macro — its author's display name and a link to the original post go with it. Uses the coffee
 * sample the workbench imports into COFFEE at start.
 */
public class ImportedContentAttributionTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final Pattern QUESTION_SOURCE = Pattern.compile("https://coffee\\.stackexchange\\.com/q/\\d+");
    private static final Pattern ANSWER_SOURCE = Pattern.compile("https://coffee\\.stackexchange\\.com/a/\\d+");
    /** Names that read the same HTML-escaped, so that the page text can be compared with the JSON. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9 ._-]+");

    private static ConfluenceClient confluence;
    private static JsonNode question;
    private static JsonNode acceptedAnswer;

    @BeforeClass
    public static void pickAnImportedQuestionWithAnAcceptedAnswer() {
        confluence = CONFLUENCE.client();
        JsonNode list = confluence.get("bob", "/rest/guildhall/1.0/questions?community=COFFEE&sort=score&limit=10")
                .json().path("results");
        for (JsonNode summary : list) {
            assertThat(summary.toString(), summary.path("sourceUrl").asText(), matchesPattern(QUESTION_SOURCE));
            if (question == null && summary.path("state").asText().equals("accepted")
                    && PLAIN_NAME.matcher(summary.path("author").path("displayName").asText()).matches()) {
                JsonNode full = confluence.get("bob", "/rest/guildhall/1.0/questions/" + summary.path("id").asLong())
                        .json();
                for (JsonNode answer : full.path("answers")) {
                    if (answer.path("accepted").asBoolean()
                            && PLAIN_NAME.matcher(answer.path("author").path("displayName").asText()).matches()) {
                        question = full;
                        acceptedAnswer = answer;
                    }
                }
            }
        }
        assertThat("an imported question with an accepted answer among the top 10", question, notNullValue());
    }

    @Test
    public void restJson_namesTheExternalAuthorsAndLinksTheOriginalPosts() {
        assertThat(question.path("sourceUrl").asText(), matchesPattern(QUESTION_SOURCE));
        assertThat(question.path("author").path("external").asBoolean(), is(true));
        assertThat(question.path("author").path("displayName").asText().isBlank(), is(false));
        assertThat(acceptedAnswer.path("sourceUrl").asText(), matchesPattern(ANSWER_SOURCE));
        assertThat(acceptedAnswer.path("author").path("external").asBoolean(), is(true));
    }

    @Test
    public void questionPage_attributesTheQuestionAndEveryImportedAnswer() {
        Response page = confluence.getHtml("bob", "/plugins/servlet/guildhall/questions/" + question.path("id").asLong());
        // the short address redirects to the canonical one with the slug
        assertThat(page.status(), is(301));
        String canonical = page.header("Location").orElseThrow();
        page = confluence.getHtml("bob", canonical.substring(canonical.indexOf("/plugins/servlet/")));

        assertThat(page.status(), is(200));
        assertAttributed(page.body(), question);
        assertAttributed(page.body(), acceptedAnswer);
    }

    @Test
    public void questionMacro_attributesTheQuestionAndItsAcceptedAnswer() {
        String pageId = confluence.createPage("alice", "COFFEE", "Embedded imported question",
                "<ac:structured-macro ac:name=\"guildhall-question\"><ac:parameter ac:name=\"id\">"
                        + question.path("id").asLong() + "</ac:parameter></ac:structured-macro>");

        String html = confluence.renderedView("bob", pageId);

        assertAttributed(html, question);
        assertAttributed(html, acceptedAnswer);
    }

    @Test
    public void listMacro_linksEachImportedQuestionToItsOriginalNextToItsAuthor() {
        String pageId = confluence.createPage("alice", "COFFEE", "Top imported coffee questions",
                "<ac:structured-macro ac:name=\"guildhall-questions\"><ac:parameter ac:name=\"community\">COFFEE"
                        + "</ac:parameter><ac:parameter ac:name=\"sort\">score</ac:parameter>"
                        + "<ac:parameter ac:name=\"limit\">10</ac:parameter></ac:structured-macro>");

        String html = confluence.renderedView("bob", pageId);

        String name = question.path("author").path("displayName").asText();
        assertThat(html, containsString(name + " <span class=\"guildhall-reputation\">"));
        assertThat(html, containsString("href=\"" + question.path("sourceUrl").asText() + "\""));
        assertThat(html, containsString("Originally posted by " + name + " on Stack Exchange"));
    }

    private static void assertAttributed(String html, JsonNode post) {
        assertThat(html, containsString("Originally posted by " + post.path("author").path("displayName").asText()
                + " on Stack Exchange, shared under CC BY-SA. <a href=\"" + post.path("sourceUrl").asText() + "\""));
    }
}

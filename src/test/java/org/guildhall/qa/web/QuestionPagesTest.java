package org.guildhall.qa.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The question page, the revision history, the browse and topic pages, rendered by a running workbench for different
 * readers: canonical slug URLs, what each reader may do, and that a question in a community the reader may not see
 * is a 404 page exactly like a question that does not exist (anonymous readers are asked to log in first).
 */
public class QuestionPagesTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    static final String PAGES = "/plugins/servlet/guildhall/questions";
    private static ConfluenceClient confluence;
    private static long coffeeQuestion;
    private static long answer;
    private static long privateQuestion;

    @BeforeClass
    public static void askQuestions() {
        confluence = CONFLUENCE.client();
        coffeeQuestion = ask(confluence, "alice", "COFFEE", "Why does my espresso taste sour?",
                "Ground *fine*, 25 seconds.", List.of("espresso"));
        answer = answer(confluence, "bob", coffeeQuestion, "Raise the **temperature**.");
        privateQuestion = ask(confluence, "alice", "QC", "Which qubit is the secret one here?",
                "Only members may read this.", List.of("qubits"));
    }

    static long ask(ConfluenceClient client, String user, String community, String title, String body,
                    List<String> topics) {
        Response asked = client.postJson(user, QUESTIONS, toJson(Map.of("community", community, "title", title,
                "body", body, "topics", topics)));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    static long answer(ConfluenceClient client, String user, long questionId, String body) {
        Response answered = client.postJson(user, QUESTIONS + "/" + questionId + "/answers",
                toJson(Map.of("body", body)));
        assertThat(answered.body(), answered.status(), is(201));
        long newest = 0;
        for (var node : answered.json().get("answers")) {
            newest = Math.max(newest, node.get("id").asLong());
        }
        return newest;
    }

    @Test
    public void theIdAloneRedirectsToTheCanonicalUrlWithAReadableSlug() {
        Response bare = confluence.getHtml("bob", PAGES + "/" + coffeeQuestion);
        Response wrongSlug = confluence.getHtml("bob", PAGES + "/" + coffeeQuestion + "/something-else");

        assertThat(bare.status(), is(301));
        assertThat(bare.header("Location").orElseThrow(),
                endsWith(PAGES + "/" + coffeeQuestion + "/why-does-my-espresso-taste-sour"));
        assertThat(wrongSlug.status(), is(301));
        assertThat(wrongSlug.header("Location").orElseThrow(),
                endsWith(PAGES + "/" + coffeeQuestion + "/why-does-my-espresso-taste-sour"));
    }

    @Test
    public void showsTheQuestionDecoratedWithBreadcrumbsAnswersTopicsAndTimes() {
        String page = page("carol", coffeeQuestion);

        assertThat(page, containsString("<title>Why does my espresso taste sour? - Coffee lovers"));
        assertThat(page, containsString("href=\"/confluence/display/COFFEE\">Coffee lovers</a>"));
        assertThat(page, containsString("<em>fine</em>"));
        assertThat(page, containsString("<strong>temperature</strong>"));
        assertThat(page, containsString("href=\"/confluence/plugins/servlet/guildhall/topics/espresso\">espresso</a>"));
        assertThat(page, containsString("Alice Andersson"));
        assertThat(page, containsString("Bob Brennan"));
        assertThat(page, containsString("<time datetime=\""));
        assertThat(page, containsString("title=\"20"));
        assertThat(page, containsString("1 answer"));
    }

    @Test
    public void offersEachReaderOnlyWhatTheyMayDo() {
        String asker = page("alice", coffeeQuestion);
        String answerer = page("bob", coffeeQuestion);
        String reader = page("carol", coffeeQuestion);

        assertThat(asker, containsString("data-path=\"/answers/" + answer + "/accept\""));
        assertThat(asker, containsString("guildhall-edit-question"));
        assertThat(voteBlock(asker, "question"), not(containsString("<button")));
        assertThat(voteBlock(answerer, "question"), containsString("guildhall-vote-up"));
        assertThat(answerer, not(containsString("/answers/" + answer + "/accept\"")));
        assertThat(answerer, containsString("guildhall-edit-answer-" + answer));
        assertThat(reader, containsString("guildhall-vote-up"));
        assertThat(reader, not(containsString("guildhall-edit-toggle")));
        assertThat(reader, containsString("guildhall-answer-form"));
        assertThat(reader, containsString("data-path=\"/questions/" + coffeeQuestion + "/follow\""));
    }

    @Test
    public void showsTheCallersVoteAsPressed() {
        assertThat(confluence.putJson("carol", QUESTIONS + "/" + coffeeQuestion + "/vote", "{\"value\":1}").status(),
                is(200));

        String page = page("carol", coffeeQuestion);

        assertThat(page, containsString("data-post=\"question\" data-post-id=\"" + coffeeQuestion
                + "\" data-my-vote=\"1\""));
        assertThat(page, containsString("guildhall-vote-up\" aria-pressed=\"true\""));
    }

    @Test
    public void aPrivateCommunitysQuestionIsTheSame404AsOneThatDoesNotExist() {
        Response hidden = confluence.getHtml("bob", PAGES + "/" + privateQuestion + "/which-qubit-is-the-secret-one-here");
        Response missing = confluence.getHtml("bob", PAGES + "/999999/which-qubit-is-the-secret-one-here");

        assertThat(hidden.status(), is(404));
        assertThat(missing.status(), is(404));
        assertThat(hidden.body(), is(missing.body()));
        assertThat(hidden.body(), not(containsString("qubit")));
        assertThat(confluence.getHtml("bob", PAGES + "/" + privateQuestion).status(), is(404));
        assertThat(confluence.getHtml("bob", PAGES + "/" + privateQuestion + "/x/revisions").status(), is(404));
        assertThat(confluence.getHtml("alice", PAGES + "/" + privateQuestion + "/which-qubit-is-the-secret-one-here")
                .status(), is(200));
    }

    @Test
    public void anonymousReadersOfAHiddenQuestionAreSentToLogIn() {
        Response anonymous = confluence.getHtml(null, PAGES + "/" + coffeeQuestion + "/why-does-my-espresso-taste-sour");

        assertThat(anonymous.status(), is(302));
        assertThat(anonymous.header("Location").orElseThrow(), containsString("login.action"));
    }

    @Test
    public void theRevisionHistoryShowsWhoChangedWhatWithADiff() {
        long id = ask(confluence, "alice", "COFFEE", "How long should a pour-over take?", "About three minutes.",
                List.of("brewing"));
        Response edited = confluence.putJson("alice", QUESTIONS + "/" + id, toJson(Map.of("revision", 1,
                "title", "How long should a pour-over take?", "body", "About four minutes.",
                "topics", List.of("brewing"))));
        assertThat(edited.body(), edited.status(), is(200));

        String history = confluence.getHtml("bob", PAGES + "/" + id + "/how-long-should-a-pour-over-take/revisions")
                .body();

        assertThat(history, containsString("Revision 2"));
        assertThat(history, containsString("<del>-About three minutes.</del>"));
        assertThat(history, containsString("<ins>+About four minutes.</ins>"));
        assertThat(page("bob", id), containsString("/revisions\">edited"));
    }

    @Test
    public void theBrowsePageAndTopicPagesListOnlyWhatTheReaderMaySee() {
        String bobsBrowse = confluence.getHtml("bob", PAGES).body();
        String alicesBrowse = confluence.getHtml("alice", PAGES).body();
        Response bobsQubits = confluence.getHtml("bob", "/plugins/servlet/guildhall/topics/qubits");
        Response unknown = confluence.getHtml("bob", "/plugins/servlet/guildhall/topics/no-such-topic-anywhere");
        String espresso = confluence.getHtml("bob", "/plugins/servlet/guildhall/topics/espresso").body();

        assertThat(bobsBrowse, containsString("Why does my espresso taste sour?"));
        assertThat(bobsBrowse, not(containsString("secret one")));
        assertThat(alicesBrowse, containsString("secret one"));
        // qubits is known only from the private QC community: to bob it does not exist
        assertThat(bobsQubits.status(), is(404));
        assertThat(bobsQubits.body(), not(containsString("secret one")));
        assertThat(unknown.status(), is(404));
        assertThat(espresso, containsString("Why does my espresso taste sour?"));
        assertThat(espresso, containsString("no followers"));
    }

    @Test
    public void theListFragmentCarriesTheNextCursor_andAStaleCursorStartsAgain() {
        for (int i = 0; i < 3; i++) {
            ask(confluence, "dave", "COFFEE", "Paging question number " + i + " about beans", "Beans.",
                    List.of("beans"));
        }
        String first = confluence.getHtml("bob", PAGES + "?community=COFFEE&topic=beans&limit=2&fragment=items")
                .body();
        String cursor = first.replaceAll("(?s).*data-next-cursor=\"([^\"]*)\".*", "$1");
        String second = confluence.getHtml("bob", PAGES + "?community=COFFEE&topic=beans&limit=2&fragment=items"
                + "&cursor=" + cursor).body();
        String stale = confluence.getHtml("bob", PAGES + "?community=COFFEE&topic=beans&limit=2&fragment=items"
                + "&cursor=garbage").body();

        assertThat(first, startsWith("<ol"));
        assertThat(first, containsString("Paging question number 2"));
        assertThat(first, not(containsString("Paging question number 0")));
        assertThat(second, containsString("Paging question number 0"));
        assertThat(stale, containsString("Paging question number 2"));
    }

    @Test
    public void germanReadersGetGermanText() {
        assertThat(page("erin", coffeeQuestion), containsString("Ihre Antwort"));
    }

    /** @return the vote controls of the first post of that kind on the page */
    static String voteBlock(String page, String post) {
        int start = page.indexOf("data-post=\"" + post + "\"");
        return page.substring(start, page.indexOf("guildhall-score", start));
    }

    static String page(String user, long questionId) {
        return page(confluence, user, questionId);
    }

    /** @return the question page as the user sees it, following the redirect to its canonical URL */
    static String page(ConfluenceClient confluence, String user, long questionId) {
        Response first = confluence.getHtml(user, PAGES + "/" + questionId);
        Response page = confluence.getHtml(user, first.header("Location").orElseThrow()
                .replaceFirst("^(https?://[^/]+)?/confluence", ""));
        assertThat(page.body(), page.status(), is(200));
        return page.body();
    }
}

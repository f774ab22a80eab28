package org.guildhall.qa.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.guildhall.qa.web.QuestionPagesTest.PAGES;
import static org.guildhall.qa.web.QuestionPagesTest.QUESTIONS;
import static org.guildhall.qa.web.QuestionPagesTest.answer;
import static org.guildhall.qa.web.QuestionPagesTest.ask;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * The Q&A macros ({@code guildhall-ask}, {@code guildhall-questions}, {@code guildhall-question},
 * {@code guildhall-topics}) rendered in pages by a running workbench, in the browser and for e-mail and PDF; the
 * markdown preview endpoint; and known XSS payloads in titles, bodies, comments and macro parameters, which must
 * never come out as executable markup on any of these paths.
 */
public class QaMacrosTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    /** Known payloads: script tags, event handlers, javascript: and data: URLs, SVG, broken-out attributes. */
    static final List<String> XSS = List.of(
            "<script>alert('xss-1')</script>",
            "<img src=x onerror=alert('xss-2')>",
            "<a href=\"javascript:alert('xss-3')\">click</a>",
            "[link](javascript:alert('xss-4'))",
            "<svg onload=alert('xss-5')></svg>",
            "\"><script>alert('xss-6')</script>",
            "<iframe src=\"data:text/html,<script>alert('xss-7')</script>\"></iframe>",
            "<div style=\"background:url(javascript:alert('xss-8'))\">x</div>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">xss-9</a>",
            "<details open ontoggle=alert('xss-10')>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-11')>");
    /**
     * Markup that would run: a script, frame or SVG element, an event handler attribute inside a tag, or a
     * javascript:/data:text URL in a link or source (escaped text such as {@code &lt;img onerror=} is not markup).
     */
    static final Pattern EXECUTABLE = Pattern.compile(
            "<script|<iframe|<svg|<[a-z][^<>]*\\son[a-z]+\\s*=|<[a-z][^<>]*(href|src)\\s*=\\s*[\"']?\\s*(javascript:|data:text)",
            Pattern.CASE_INSENSITIVE);

    private static ConfluenceClient confluence;
    private static long hostile;
    private static long accepted;
    private static long secret;
    private static String macroPage;

    @BeforeClass
    public static void askAndEmbed() {
        confluence = CONFLUENCE.client();
        hostile = ask(confluence, "alice", "COFFEE", XSS.get(0) + " " + XSS.get(1) + " \"><b>espresso</b>",
                String.join("\n\n", XSS), List.of("espresso"));
        long answerId = answer(confluence, "bob", hostile, String.join("\n\n", XSS));
        assertThat(confluence.postJson("carol", QUESTIONS + "/" + hostile + "/comments",
                toJson(Map.of("body", XSS.get(1) + " " + XSS.get(5)))).status(), is(201));
        assertThat(confluence.postJson("carol", "/rest/guildhall/1.0/answers/" + answerId + "/comments",
                toJson(Map.of("body", XSS.get(0)))).status(), is(201));
        accepted = ask(confluence, "alice", "COFFEE", "Which grinder for a moka pot?", "Any **burr** grinder?",
                List.of("beans"));
        long good = answer(confluence, "bob", accepted, "A hand burr grinder, set *medium-fine*.");
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/answers/" + good + "/accept", "{}").status(),
                is(200));
        secret = ask(confluence, "alice", "QC", "A question only quantum members see", "Hidden.", List.of("qubits"));
        macroPage = confluence.createPage("alice", "COFFEE", "Q&A macros",
                "<ac:structured-macro ac:name=\"guildhall-ask\"/>"
                        + "<ac:structured-macro ac:name=\"guildhall-questions\">"
                        + "<ac:parameter ac:name=\"community\">*</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"guildhall-question\">"
                        + "<ac:parameter ac:name=\"id\">" + accepted + "</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"guildhall-topics\">"
                        + "<ac:parameter ac:name=\"community\">*</ac:parameter></ac:structured-macro>");
    }

    @Test
    public void theQuestionListShowsVisibleQuestionsWithScoreAnswersTopicsAndAcceptedMarker() {
        String view = confluence.renderedView("dave", macroPage);

        assertThat(view, containsString("Which grinder for a moka pot?"));
        assertThat(view, containsString("aui-iconfont-check-circle"));
        assertThat(view, containsString("1 answer"));
        assertThat(view, containsString("Coffee lovers</a>"));
        assertThat(view, containsString("<select class=\"select\""));
        assertThat(view, not(containsString("quantum members")));
    }

    @Test
    public void aPrivateCommunitysQuestionsAreAbsentFromListsEmbedsAndTopicsForOutsiders() {
        String embed = confluence.createPage("alice", "COFFEE", "Embedded secret",
                "<ac:structured-macro ac:name=\"guildhall-question\"><ac:parameter ac:name=\"id\">" + secret
                        + "</ac:parameter></ac:structured-macro>");
        String missing = confluence.createPage("alice", "COFFEE", "Embedded nothing",
                "<ac:structured-macro ac:name=\"guildhall-question\"><ac:parameter ac:name=\"id\">987654"
                        + "</ac:parameter></ac:structured-macro>");
        String qcList = confluence.createPage("alice", "COFFEE", "QC list",
                "<ac:structured-macro ac:name=\"guildhall-questions\"><ac:parameter ac:name=\"community\">QC"
                        + "</ac:parameter></ac:structured-macro><ac:structured-macro ac:name=\"guildhall-topics\">"
                        + "<ac:parameter ac:name=\"community\">QC</ac:parameter></ac:structured-macro>");

        String bobsMacros = confluence.renderedView("bob", macroPage);
        String bobsQcList = confluence.renderedView("bob", qcList);

        assertThat(bobsMacros, not(containsString("quantum members")));
        assertThat(bobsMacros, not(containsString("qubits")));
        assertThat(confluence.renderedView("alice", macroPage), containsString("quantum members"));
        assertThat(confluence.renderedView("alice", macroPage), containsString("/topics/qubits"));
        assertThat(confluence.renderedView("bob", embed), containsString("This question is not available."));
        assertThat(confluence.renderedView("bob", embed), is(confluence.renderedView("bob", missing)));
        assertThat(bobsQcList, containsString("No questions here yet."));
        assertThat(bobsQcList, containsString("No topics yet."));
        assertThat(confluence.renderedView("alice", qcList), containsString("quantum members"));
    }

    @Test
    public void theEmbeddedQuestionShowsItsAcceptedAnswer() {
        String view = confluence.renderedView("carol", macroPage);

        assertThat(view, containsString("Any <strong>burr</strong> grinder?"));
        assertThat(view, containsString("set <em>medium-fine</em>"));
        assertThat(view, containsString("Answer by Bob Brennan"));
    }

    @Test
    public void theTopicListCountsVisibleQuestionsAndLinksToTopicPages() {
        String view = confluence.renderedView("carol", macroPage);

        assertThat(view, containsString("href=\"/confluence/plugins/servlet/guildhall/topics/beans\">beans</a>"));
        assertThat(view, containsString("guildhall-topic-count"));
    }

    @Test
    public void theAskFormIsForLoggedInReadersOfTheCommunity() {
        String bobs = confluence.renderedView("bob", macroPage);
        String elsewhere = confluence.createPage("alice", "COFFEE", "Ask QC",
                "<ac:structured-macro ac:name=\"guildhall-ask\"><ac:parameter ac:name=\"community\">QC"
                        + "</ac:parameter></ac:structured-macro>");

        assertThat(bobs, containsString("class=\"guildhall-ask\" data-space-key=\"COFFEE\""));
        assertThat(bobs, containsString("<label for=\"title-guildhall-ask-"));
        assertThat(bobs, containsString("Post your question"));
        assertThat(confluence.renderedView("bob", elsewhere), containsString("Questions cannot be asked here."));
        assertThat(confluence.renderedView("alice", elsewhere), containsString("data-space-key=\"QC\""));
    }

    @Test
    public void inEmailAndPdfTheMacrosRenderPlainMarkupWithAbsoluteLinks() {
        for (String outputType : List.of("email", "pdf")) {
            Response rendered = confluence.getHtml("carol", "/rest/workbench/render?pageId=" + macroPage
                    + "&outputType=" + outputType);

            assertThat(rendered.status(), is(200));
            assertThat(rendered.body(), containsString(CONFLUENCE.baseUrl() + PAGES + "/" + accepted
                    + "/which-grinder-for-a-moka-pot"));
            assertThat(rendered.body(), containsString(CONFLUENCE.baseUrl() + "/plugins/servlet/guildhall/topics/beans"));
            assertThat(rendered.body(), containsString("Ask the Coffee lovers community a question"));
            assertThat(rendered.body(), not(containsString("<form")));
            assertThat(rendered.body(), not(containsString("<button")));
        }
    }

    @Test
    public void xssPayloadsNeverBecomeExecutableMarkup_onThePageInMacrosAndInTheHistory() {
        String questionPage = QuestionPagesTest.page(confluence, "carol", hostile);
        String embed = confluence.createPage("alice", "COFFEE", "Embedded hostile",
                "<ac:structured-macro ac:name=\"guildhall-question\"><ac:parameter ac:name=\"id\">" + hostile
                        + "</ac:parameter></ac:structured-macro><ac:structured-macro ac:name=\"guildhall-questions\">"
                        + "<ac:parameter ac:name=\"topics\">" + "&lt;script&gt;alert(1)&lt;/script&gt;"
                        + "</ac:parameter><ac:parameter ac:name=\"sort\">\"&gt;&lt;script&gt;</ac:parameter>"
                        + "</ac:structured-macro>");
        List<String> outputs = List.of(questionPage,
                confluence.renderedView("carol", macroPage),
                confluence.renderedView("carol", embed),
                confluence.getHtml("carol", "/rest/workbench/render?pageId=" + embed + "&outputType=email").body(),
                confluence.getHtml("carol", PAGES + "?community=COFFEE").body(),
                confluence.getHtml("carol", PAGES + "?community=COFFEE&fragment=items").body(),
                confluence.getHtml("carol", "/plugins/servlet/guildhall/topics/espresso").body(),
                confluence.getHtml("carol", PAGES + "/" + hostile + "/"
                        + QaViews.slug(XSS.get(0) + " " + XSS.get(1) + " \"><b>espresso</b>") + "/revisions").body());

        assertThat(questionPage, containsString("&lt;script&gt;alert(&#39;xss-1&#39;)&lt;/script&gt;"));
        assertThat("the detector finds real markup", executable("<p><img src=x onerror=alert(1)></p>").size(), is(1));
        for (String output : outputs) {
            assertThat(output, not(containsString("alert('xss")));
            assertThat(executable(output), is(List.of()));
        }
    }

    /** @return each executable construct in the output, with some context; the page's own script tags excepted */
    static List<String> executable(String output) {
        String app = output.replaceAll("<script src=\"[^\"<>]*\"></script>", "");
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = EXECUTABLE.matcher(app);
        while (matcher.find()) {
            found.add(app.substring(Math.max(0, matcher.start() - 60), Math.min(app.length(), matcher.end() + 40)));
        }
        return found;
    }

    @Test
    public void thePreviewRendersSanitisedHtml_forLoggedInUsersOnly_upTo64kB() {
        Response preview = confluence.postJson("bob", "/rest/guildhall/1.0/markdown/preview",
                toJson(Map.of("markdown", "**bold** " + String.join(" ", XSS))));
        Response anonymous = confluence.postJson(null, "/rest/guildhall/1.0/markdown/preview",
                toJson(Map.of("markdown", "hello")));
        Response tooLong = confluence.postJson("bob", "/rest/guildhall/1.0/markdown/preview",
                toJson(Map.of("markdown", "x".repeat(65537))));

        assertThat(preview.status(), is(200));
        assertThat(preview.json().get("html").asText(), containsString("<strong>bold</strong>"));
        assertThat(executable(preview.json().get("html").asText()), is(List.of()));
        assertThat(anonymous.status(), is(401));
        assertThat(tooLong.status(), is(400));
        assertThat(tooLong.json().at("/errors/markdown").isMissingNode(), is(false));
    }
}

package org.guildhall.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.encode;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * An XSS corpus typed into every input that Guildhall shows anywhere — a person's name, a community's name and
 * description, question titles and bodies, answers, comments, the "ask me about" text of a profile, membership
 * request messages, and search text echoed back — then every page and macro that shows them is opened in Chromium.
 * Each payload would call {@code window.__xss(n)} or open a dialog if it ran; the test fails on any call, any
 * dialog, and any {@code javascript:} link. (Topics cannot carry markup: they are normalised to letters, digits and
 * hyphens.)
 */
public class XssBrowserIT extends BrowserTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "XSSC";
    private static final String API = "/rest/guildhall/1.0";
    /** Payloads; each calls the hook with its own number, or opens a dialog, when it runs. */
    static final List<String> CORPUS = List.of(
            "<script>window.__xss(1)</script>",
            "<img src=x onerror=\"window.__xss(2)\">",
            "<svg onload=window.__xss(3)>",
            "\"><img src=x onerror=window.__xss(4)>",
            "'><script>window.__xss(5)</script>",
            "<a href=\"javascript:window.__xss(6)\">link six</a>",
            "[link seven](javascript:window.__xss(7))",
            "<iframe srcdoc=\"<script>parent.__xss(8)</script>\"></iframe>",
            "</textarea></title><script>window.__xss(9)</script>",
            "<details open ontoggle=window.__xss(10)>x</details>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss(11)>",
            "${alert(12)} #{alert(12)} {{constructor.constructor('alert(12)')()}}",
            "<body onload=alert(13)>",
            "<object data=\"javascript:window.__xss(14)\"></object>",
            "<input autofocus onfocus=window.__xss(15)>");
    private static final String SHORT = "<img src=x onerror=window.__xss(16)>";
    private static final String ALL = String.join("\n\n", CORPUS);
    private static ConfluenceClient confluence;
    private static long question;
    private static String evilKey;

    private final List<String> dialogs = new ArrayList<>();

    @Override
    protected RunningWorkbench confluence() {
        return CONFLUENCE;
    }

    @BeforeClass
    public static void writeThePayloadsEverywhere() {
        confluence = CONFLUENCE.client();
        evilKey = "wb-key-xssevil";
        CONFLUENCE.bean(UserDirectory.class).create(new WorkbenchUser(evilKey, "xssevil", SHORT,
                "xss@example.com", Locale.ENGLISH), "xssevil", List.of(UserDirectory.USERS));
        confluence.createSpace("alice", SPACE, "XSS space");
        confluence.grantGroupRead("alice", SPACE, UserDirectory.USERS);
        expect(200, confluence.putJson("alice", API + "/communities/" + SPACE, toJson(Map.of(
                "name", "XSS " + SHORT, "description", ALL, "visibility", "open", "topics", List.of("xss-topic")))));
        expect(200, confluence.postJson("xssevil", API + "/communities/" + SPACE + "/members/me", "{}"));
        Response asked = confluence.postJson("xssevil", API + "/questions", toJson(Map.of("community", SPACE,
                "title", "Why " + SHORT + " here?", "body", ALL, "topics", List.of("xss-topic"))));
        expect(201, asked);
        question = asked.json().get("id").asLong();
        expect(201, confluence.postJson("xssevil", API + "/questions/" + question + "/answers",
                toJson(Map.of("body", ALL))));
        expect(201, confluence.postJson("xssevil", API + "/questions/" + question + "/comments",
                toJson(Map.of("body", CORPUS.get(1) + CORPUS.get(3) + CORPUS.get(6)))));
        expect(200, confluence.putJson("xssevil", API + "/people/me/profile", toJson(Map.of(
                "skills", List.of(), "askMeAbout", SHORT + CORPUS.get(0), "availability", "available"))));
    }

    private static String macros() {
        StringBuilder page = new StringBuilder();
        for (String macro : List.of("guildhall-community-overview", "guildhall-community-members",
                "guildhall-community-join")) {
            page.append(macro(macro, "space", SPACE));
        }
        page.append(macro("guildhall-community-directory", "query", "XSS"));
        page.append(macro("guildhall-questions", "community", SPACE));
        page.append(macro("guildhall-question", "id", "QUESTION"));
        page.append(macro("guildhall-topics", "community", SPACE));
        page.append(macro("guildhall-activity", "communities", SPACE));
        page.append(macro("guildhall-top-contributors", "space", SPACE));
        page.append(macro("guildhall-find-expert", "community", SPACE));
        page.append(macro("guildhall-expertise-profile", "user", "xssevil"));
        page.append(macro("guildhall-ask", "community", SPACE));
        return page.toString();
    }

    private static String macro(String name, String parameter, String value) {
        return "<ac:structured-macro ac:name=\"" + name + "\"><ac:parameter ac:name=\"" + parameter + "\">"
                + value + "</ac:parameter></ac:structured-macro>";
    }

    @Before
    public void watchForScripts() {
        BrowserContext context = page.context();
        context.addInitScript("window.__xss = function (n) { (window.top.__xssCalls = window.top.__xssCalls || [])"
                + ".push(n); };");
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    @Test
    public void noPayloadRuns_onAnyPageOrMacroThatShowsThem() {
        String macroPage = confluence.createPage("admin", SPACE, "XSS macros " + question,
                macros().replace("QUESTION", String.valueOf(question)));
        logIn("alice");
        List<String> ran = new ArrayList<>();
        for (String path : List.of(
                "/pages/viewpage.action?pageId=" + macroPage,
                "/plugins/servlet/guildhall/questions/" + question,
                "/plugins/servlet/guildhall/questions?community=" + SPACE + "&q=" + encode(SHORT),
                "/plugins/servlet/guildhall/topics/xss-topic",
                "/plugins/servlet/guildhall/people/" + evilKey,
                "/plugins/servlet/guildhall/experts?q=" + encode(SHORT),
                "/plugins/servlet/guildhall/space-settings?key=" + SPACE,
                "/display/" + SPACE)) {
            page.navigate(CONFLUENCE.baseUrl() + path);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            ran.addAll(scriptsThatRan(path));
        }

        assertThat(ran, is(empty()));
        assertThat(dialogs, is(empty()));
    }

    @Test
    public void searchTextIsEchoedWithoutRunning_inTheDirectoryAndTheAskForm() {
        logIn("bob");
        page.navigate(CONFLUENCE.baseUrl() + "/display/GUILDHALL");
        page.locator(".guildhall-directory").getByLabel("Search", new com.microsoft.playwright.Locator
                .GetByLabelOptions().setExact(true)).fill(SHORT);
        page.keyboard().press("Enter");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        List<String> ran = new ArrayList<>(scriptsThatRan("directory search"));

        String askPage = confluence.createPage("admin", SPACE, "XSS ask", macro("guildhall-ask", "community",
                SPACE));
        page.navigate(CONFLUENCE.baseUrl() + "/pages/viewpage.action?pageId=" + askPage);
        page.locator("input.guildhall-ask-title").first()
                .fill("Why " + SHORT + " here?");
        page.waitForTimeout(1500);
        ran.addAll(scriptsThatRan("ask form similar questions"));

        assertThat(ran, is(empty()));
        assertThat(dialogs, is(empty()));
    }

    @Test
    public void theWatchSeesAPayloadThatRuns_andADialog() {
        open("/login.action");
        page.evaluate("() => { const img = document.createElement('img'); img.src = 'x:';"
                + " img.setAttribute('onerror', 'window.__xss(99)'); document.body.appendChild(img); }");
        page.waitForFunction("() => (window.__xssCalls || []).length > 0");
        page.evaluate("() => alert('watched')");

        assertThat(scriptsThatRan("control").size(), is(1));
        assertThat(dialogs, is(List.of("alert: watched")));
    }

    /** @return what ran on the page: hook calls, and {@code javascript:} links left in it */
    private List<String> scriptsThatRan(String where) {
        List<String> ran = new ArrayList<>();
        Object calls = page.evaluate("() => window.__xssCalls || []");
        if (calls instanceof List<?> list && !list.isEmpty()) {
            ran.add(where + ": payloads ran " + list);
        }
        Object links = page.evaluate("() => document.querySelectorAll('[href^=\"javascript:\" i], "
                + "[src^=\"javascript:\" i], [data^=\"javascript:\" i]').length");
        if (links instanceof Number count && count.intValue() > 0) {
            ran.add(where + ": " + count + " javascript: URLs");
        }
        return ran;
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Set-up step failed: " + response);
        }
    }
}

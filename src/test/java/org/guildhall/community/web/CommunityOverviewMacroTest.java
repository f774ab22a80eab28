package org.guildhall.community.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.guildhall.community.web.ReaderMatrix.HOSTILE_NAME;
import static org.guildhall.community.web.ReaderMatrix.assertMatrix;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * {@code guildhall-community-overview} rendered in pages through the workbench (storage format, Velocity with
 * Confluence's escaping) for every kind of reader: what each one sees, and that a community a reader may not view
 * renders exactly like one that does not exist.
 */
public class CommunityOverviewMacroTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String OVERVIEW = "guildhall-community-overview";
    private static ConfluenceClient confluence;
    private static String overviewPage;

    @BeforeClass
    public static void setUpReaders() {
        confluence = CONFLUENCE.client();
        ReaderMatrix.setUp(CONFLUENCE);
        overviewPage = ReaderMatrix.lobbyPage(confluence, "Overview", OVERVIEW, ReaderMatrix.SPACE);
    }

    @Test
    public void showsEachReaderTheCommunityOrNothingRevealing_andTheirOwnMembershipState() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "not available");
        expected.put("outsider", "not available");
        expected.put("viewer", "community none buttons=[request]");
        expected.put("pending", "community pending buttons=[withdraw]");
        expected.put("member", "community member buttons=[leave]");
        expected.put("moderator", "community member buttons=[leave]");
        expected.put("owner", "community member buttons=[leave]");
        expected.put("spaceAdmin", "community none buttons=[request]");
        expected.put("systemAdmin", "community none buttons=[request]");
        expected.put("banned", "community banned buttons=[]");
        assertMatrix(expected, (row, login) -> describe(ReaderMatrix.view(confluence, login, overviewPage)));
    }

    @Test
    public void namesOwnersModeratorsAndNewestMembersToLoggedInReaders() {
        String view = confluence.renderedView("bob", overviewPage);

        assertThat(section(view, "guildhall-overview-owners"), containsString("Home hxowner"));
        assertThat(section(view, "guildhall-overview-moderators"), containsString("Home hxmod"));
        assertThat(section(view, "guildhall-overview-newest"), containsString("Home hxmember"));
        assertThat(section(view, "guildhall-overview-newest"), not(containsString("Home hxpending")));
        assertThat(section(view, "guildhall-overview-newest"), not(containsString("Home hxbanned")));
        assertThat(view, containsString("4 members"));
        assertThat(view, containsString("Join on request"));
        assertThat(view, containsString(">latte-art</span>"));
    }

    @Test
    public void aCommunityTheReaderMayNotViewLooksExactlyLikeOneThatDoesNotExist() {
        String missing = ReaderMatrix.lobbyPage(confluence, "Overview of nothing", OVERVIEW, "NOSUCHSPACE");

        String hidden = confluence.renderedView("hxoutsider", overviewPage);
        String absent = confluence.renderedView("hxoutsider", missing);

        assertThat(hidden, is(absent));
        assertThat(hidden, containsString("This community is not available."));
        assertThat(hidden, not(containsString("matrix")));
        assertThat(hidden, not(containsString("hxowner")));
    }

    @Test
    public void anonymousReadersOfAPublicCommunitySeeItWithoutNamesAndAreAskedToLogIn() {
        String page = confluence.createPage("carol", ReaderMatrix.PUBLIC_SPACE, "Public overview",
                "<ac:structured-macro ac:name=\"" + OVERVIEW + "\"/>");

        String view = ReaderMatrix.view(confluence, null, page);

        assertThat(view, containsString("Public brewers"));
        assertThat(view, containsString("1 member"));
        assertThat(view, containsString("Log in to join Public brewers."));
        assertThat(view, not(containsString("guildhall-overview-people")));
        assertThat(view, not(containsString("Carol Castillo")));
    }

    @Test
    public void usesThePagesSpaceWhenNoSpaceIsGiven() {
        String page = confluence.createPage("alice", ReaderMatrix.SPACE, "Home",
                "<ac:structured-macro ac:name=\"" + OVERVIEW + "\"/>");

        assertThat(confluence.renderedView("bob", page), containsString("data-space-key=\"" + ReaderMatrix.SPACE + "\""));
    }

    @Test
    public void escapesTheNameDescriptionAndPeoplesNames() {
        String view = confluence.renderedView("hxmod", overviewPage);

        assertThat(view, not(containsString("<b>matrix</b>")));
        assertThat(view, not(containsString("<script>alert('description')")));
        assertThat(view, not(containsString(HOSTILE_NAME)));
        assertThat(view, containsString("Home &lt;b&gt;matrix&lt;/b&gt; &amp; &quot;friends&quot;"));
        assertThat(view, containsString("&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;"));
        assertThat(view, containsString("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    public void speaksTheReadersLanguage() {
        String view = confluence.renderedView("erin", overviewPage);

        assertThat(view, containsString("Eigent\u00fcmer"));
        assertThat(view, containsString("Neueste Mitglieder"));
        assertThat(view, containsString("4 Mitglieder"));
        assertThat(view, containsString("Um Aufnahme bitten"));

        String hidden = confluence.renderedView("erin",
                ReaderMatrix.lobbyPage(confluence, "Nichts", OVERVIEW, "NOSUCHSPACE"));
        assertThat(hidden, containsString("Diese Community ist nicht verf\u00fcgbar."));
    }

    @Test
    public void rendersPlainMarkupWithAbsoluteLinksAndNoButtonsForEmail() {
        Response email = confluence.getHtml("hxmember",
                "/rest/workbench/render?pageId=" + overviewPage + "&outputType=email");

        assertThat(email.status(), is(200));
        assertThat(email.body(), containsString("href=\"" + CONFLUENCE.baseUrl() + "/display/" + ReaderMatrix.SPACE + "\""));
        assertThat(email.body(), containsString("You are a member of"));
        assertThat(email.body(), containsString("Home hxowner"));
        assertThat(email.body(), not(containsString("<button")));
        assertThat(email.body(), not(containsString("<form")));
        Response pdf = confluence.getHtml("hxmember", "/rest/workbench/render?pageId=" + overviewPage + "&outputType=pdf");
        assertThat(pdf.body(), containsString("You are a member of"));
        assertThat(pdf.body(), not(containsString("<button")));
    }

    @Test
    public void theDemoCommunitiesHomePagesShowTheOverviewAndTheMemberList() {
        Response home = confluence.getHtml("bob", "/display/COFFEE");

        assertThat(home.status(), is(200));
        assertThat(home.body(), containsString("class=\"guildhall-overview\" data-space-key=\"COFFEE\""));
        assertThat(home.body(), containsString("Alice Andersson"));
        assertThat(home.body(), containsString("Members of Coffee lovers"));
    }

    /** "not available", or "community" with the reader's join state and the join button's actions. */
    private static String describe(String view) {
        if (view.contains("This community is not available.")) {
            return view.contains("matrix") ? "not available but leaks the name" : "not available";
        }
        if (!view.contains("Home &lt;b&gt;matrix")) {
            return "neither the community nor the note";
        }
        String state = attribute(view, "class=\"guildhall-join\"", "data-state");
        StringBuilder buttons = new StringBuilder();
        for (String action : new String[]{"join", "leave"}) {
            int at = view.indexOf("data-action=\"" + action + "\">");
            if (at >= 0) {
                String label = view.substring(at + ("data-action=\"" + action + "\">").length(), view.indexOf('<', at + 1));
                buttons.append(buttons.length() == 0 ? "" : ",").append(switch (label) {
                    case "Request to join" -> "request";
                    case "Withdraw request" -> "withdraw";
                    case "Leave community" -> "leave";
                    case "Join" -> "join";
                    default -> label;
                });
            }
        }
        return "community " + state + " buttons=[" + buttons + "]";
    }

    private static String attribute(String view, String marker, String name) {
        int at = view.indexOf(marker);
        if (at < 0) {
            return "?";
        }
        int start = view.indexOf(name + "=\"", at) + name.length() + 2;
        return view.substring(start, view.indexOf('"', start));
    }

    private static String section(String view, String className) {
        int at = view.indexOf("class=\"" + className + "\"");
        return at < 0 ? "" : view.substring(at, view.indexOf("</dd>", at));
    }
}

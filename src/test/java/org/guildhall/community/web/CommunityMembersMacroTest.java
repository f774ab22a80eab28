package org.guildhall.community.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.guildhall.community.web.ReaderMatrix.HOSTILE_NAME;
import static org.guildhall.community.web.ReaderMatrix.assertMatrix;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * {@code guildhall-community-members} rendered in pages through the workbench for every kind of reader: who sees the
 * list, who gets the requests and the moderation controls, paging, escaping, German and e-mail.
 */
public class CommunityMembersMacroTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String MEMBERS = "guildhall-community-members";
    private static ConfluenceClient confluence;
    private static String membersPage;

    @BeforeClass
    public static void setUpReaders() {
        confluence = CONFLUENCE.client();
        ReaderMatrix.setUp(CONFLUENCE);
        membersPage = ReaderMatrix.lobbyPage(confluence, "Members", MEMBERS, ReaderMatrix.SPACE);
    }

    @Test
    public void showsModerationControlsOnlyToModeratorsOwnersAndAdministrators_andNothingToThoseWithoutView() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "not available");
        expected.put("outsider", "not available");
        expected.put("viewer", "members=4 requests=no remove=no role=no");
        expected.put("pending", "members=4 requests=no remove=no role=no");
        expected.put("member", "members=4 requests=no remove=no role=no");
        expected.put("moderator", "members=4 requests=1 remove=yes role=no");
        expected.put("owner", "members=4 requests=1 remove=yes role=yes");
        expected.put("spaceAdmin", "members=4 requests=1 remove=yes role=yes");
        expected.put("systemAdmin", "members=4 requests=1 remove=yes role=yes");
        expected.put("banned", "members=4 requests=no remove=no role=no");
        assertMatrix(expected, (row, login) -> describe(ReaderMatrix.view(confluence, login, membersPage)));
    }

    @Test
    public void showsRoleLozengesAndALabelledSearchBoxAndRoleFilter() {
        String view = confluence.renderedView("bob", membersPage);

        assertThat(view, containsString("data-user-key=\"wb-key-hxowner\""));
        assertThat(view, containsString("guildhall-members-role\">Owner</span>"));
        assertThat(view, containsString("guildhall-members-role\">Moderator</span>"));
        assertThat(view, containsString("role=\"search\""));
        assertThat(view, containsString(">Search members</label>"));
        assertThat(view, containsString(">Role</label>"));
        assertThat(view, containsString("aria-live=\"polite\""));
        assertThat(view, not(containsString("wb-key-hxpending")));
        assertThat(view, not(containsString("wb-key-hxbanned")));
    }

    @Test
    public void showsModeratorsThePendingRequestsWithTheirMessages() {
        String view = confluence.renderedView("hxmod", membersPage);

        assertThat(view, containsString("guildhall-members-request\" data-user-key=\"wb-key-hxpending\""));
        assertThat(view, containsString("&lt;i&gt;Let me in&lt;/i&gt;"));
        assertThat(view, containsString("aria-label=\"Message to Home hxpending (optional)\""));
        assertThat(view, containsString("Approve<span class=\"assistive\"> Home hxpending</span>"));
    }

    @Test
    public void asksAnonymousReadersOfAPublicCommunityToLogIn() {
        String page = confluence.createPage("carol", ReaderMatrix.PUBLIC_SPACE, "Members",
                "<ac:structured-macro ac:name=\"" + MEMBERS + "\"/>");

        String view = ReaderMatrix.view(confluence, null, page);

        assertThat(view, containsString("Log in to see who belongs to Public brewers."));
        assertThat(view, not(containsString("Carol Castillo")));
    }

    @Test
    public void aCommunityTheReaderMayNotViewLooksExactlyLikeOneThatDoesNotExist() {
        String missing = ReaderMatrix.lobbyPage(confluence, "Members of nothing", MEMBERS, "NOSUCHSPACE");

        assertThat(confluence.renderedView("hxoutsider", membersPage), is(confluence.renderedView("hxoutsider", missing)));
    }

    @Test
    public void showsTwentyMembersAndOffersMore() {
        confluence.createSpace("carol", "CROWD", "Crowd");
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/communities/CROWD", "{\"name\":\"Crowd\"}").status(), is(200));
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        for (int i = 0; i < 21; i++) {
            String name = "crowd" + i;
            users.create(new WorkbenchUser("wb-key-" + name, name, "Crowd " + i, name + "@example.com", Locale.ENGLISH),
                    name, List.of(UserDirectory.USERS));
            assertThat(confluence.postJson(name, "/rest/guildhall/1.0/communities/CROWD/members/me", "{}").status(), is(200));
        }
        String page = confluence.createPage("carol", "CROWD", "Everyone", "<ac:structured-macro ac:name=\"" + MEMBERS + "\"/>");

        String view = confluence.renderedView("bob", page);

        assertThat(count(view, "class=\"guildhall-members-row guildhall-members-member\""), is(20));
        assertThat(view, containsString("data-next-cursor=\"d2Ita2V5LWNyb3dk"));
        assertThat(view, containsString("<button type=\"button\" class=\"aui-button guildhall-members-more\">Show more members</button>"));
    }

    @Test
    public void escapesPeoplesNamesAndTheCommunityName() {
        String view = confluence.renderedView("hxowner", membersPage);

        assertThat(view, not(containsString(HOSTILE_NAME)));
        assertThat(view, containsString("&lt;img src=x onerror=alert(1)&gt;"));
        assertThat(view, containsString("Members of Home &lt;b&gt;matrix&lt;/b&gt;"));
    }

    @Test
    public void speaksTheReadersLanguage() {
        String view = confluence.renderedView("erin", membersPage);

        assertThat(view, containsString("Mitglieder von Home"));
        assertThat(view, containsString(">Mitglieder suchen</label>"));
        assertThat(view, containsString("guildhall-members-role\">Eigent\u00fcmer</span>"));
        assertThat(view, containsString(">Alle Rollen</option>"));
    }

    @Test
    public void rendersTheFirstPageWithoutControlsForEmail() {
        Response email = confluence.getHtml("hxowner", "/rest/workbench/render?pageId=" + membersPage + "&outputType=email");

        assertThat(email.status(), is(200));
        assertThat(email.body(), containsString("Home hxmember (Member)"));
        assertThat(email.body(), containsString("Home hxowner (Owner)"));
        assertThat(email.body(), not(containsString("<button")));
        assertThat(email.body(), not(containsString("<form")));
        assertThat(email.body(), not(containsString("hxpending")));
        Response pdf = confluence.getHtml("hxowner", "/rest/workbench/render?pageId=" + membersPage + "&outputType=pdf");
        assertThat(pdf.body(), containsString("Home hxmod (Moderator)"));
        assertThat(pdf.body(), not(containsString("<button")));
    }

    /** "not available", or how many members, requests and which controls the reader sees. */
    private static String describe(String view) {
        if (view.contains("This community is not available.")) {
            return view.contains("matrix") ? "not available but leaks the name" : "not available";
        }
        return "members=" + count(view, "guildhall-members-row guildhall-members-member\"")
                + " requests=" + (view.contains("guildhall-members-requests-section")
                ? String.valueOf(count(view, "guildhall-members-row guildhall-members-request\"")) : "no")
                + " remove=" + (view.contains("data-action=\"remove\"") ? "yes" : "no")
                + " role=" + (view.contains("data-action=\"role\"") ? "yes" : "no");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}

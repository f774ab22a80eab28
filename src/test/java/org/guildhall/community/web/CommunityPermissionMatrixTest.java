package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.guildhall.community.web.ReaderMatrix.BASE;
import static org.guildhall.community.web.ReaderMatrix.DESCRIPTION;
import static org.guildhall.community.web.ReaderMatrix.NAME;
import static org.guildhall.community.web.ReaderMatrix.PRIVATE_SPACE;
import static org.guildhall.community.web.ReaderMatrix.PUBLIC_SPACE;
import static org.guildhall.community.web.ReaderMatrix.SPACE;
import static org.guildhall.community.web.ReaderMatrix.assertMatrix;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * The permission matrix of the community endpoints and macros that {@link MembershipResourceTest},
 * {@link CommunityOverviewMacroTest} and {@link CommunityMembersMacroTest} do not cover: the directory list, one
 * community, saving and turning off its settings, the privacy plan, and the directory and join macros — one cell per
 * kind of reader of {@link ReaderMatrix}. Community {@value ReaderMatrix#SPACE} joins on request, {@value
 * ReaderMatrix#PUBLIC_SPACE} is open and readable anonymously, and {@value ReaderMatrix#PRIVATE_SPACE} is private:
 * only its members (the matrix's member and alice, its founding owner) may view its space — and the system admin, whom
 * Confluence's permission checks exempt. Refusals are asserted to change nothing by re-reading the community, its
 * members and its requests; a permitted change is undone before the next reader's cell.
 */
public class CommunityPermissionMatrixTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String COMMUNITIES = "/rest/guildhall/1.0/communities";
    private static final String PRIVATE_BASE = COMMUNITIES + "/" + PRIVATE_SPACE;
    private static final List<String> MATRIX_SPACES = List.of(SPACE, PUBLIC_SPACE, PRIVATE_SPACE);
    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpReaders() {
        confluence = CONFLUENCE.client();
        ReaderMatrix.setUp(CONFLUENCE);
        ReaderMatrix.setUpPrivateCommunity(CONFLUENCE);
    }

    // GET /communities

    @Test
    public void list_showsEachReaderExactlyTheCommunitiesTheyMayView() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", "200 [PUBHOME]");
        expected.put("viewer", "200 [HOMEX, PUBHOME]");
        expected.put("pending", "200 [HOMEX, PUBHOME]");
        expected.put("member", "200 [HOMEX, HXPRIV, PUBHOME]");
        expected.put("moderator", "200 [HOMEX, PUBHOME]");
        expected.put("owner", "200 [HOMEX, PUBHOME]");
        expected.put("spaceAdmin", "200 [HOMEX, HXPRIV, PUBHOME]");
        expected.put("systemAdmin", "200 [HOMEX, HXPRIV, PUBHOME]");
        expected.put("banned", "200 [HOMEX, PUBHOME]");
        assertMatrix("GET " + COMMUNITIES, expected, (row, login) -> {
            Response response = confluence.get(login, COMMUNITIES + "?limit=100");
            if (response.status() != 200) {
                return String.valueOf(response.status());
            }
            TreeSet<String> seen = new TreeSet<>();
            response.json().get("results").forEach(community -> {
                String key = community.get("spaceKey").asText();
                if (MATRIX_SPACES.contains(key)) {
                    seen.add(key);
                }
            });
            return "200 " + seen;
        });
    }

    // GET /communities/{spaceKey}

    @Test
    public void get_reportsEachReadersMembershipAndWhatTheyMayDoNext_inTheRequestCommunity() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", "404 hidden");
        expected.put("viewer", "200 request none join=false request=true leave=false moderate=false administer=false");
        expected.put("pending", "200 request pending join=false request=false leave=true moderate=false administer=false");
        expected.put("member", "200 request member join=false request=false leave=true moderate=false administer=false");
        expected.put("moderator", "200 request member join=false request=false leave=true moderate=true administer=false");
        expected.put("owner", "200 request member join=false request=false leave=true moderate=true administer=true");
        expected.put("spaceAdmin", "200 request none join=false request=true leave=false moderate=true administer=true");
        expected.put("systemAdmin", "200 request none join=false request=true leave=false moderate=true administer=true");
        expected.put("banned", "200 request banned join=false request=false leave=false moderate=false administer=false");
        assertMatrix("GET " + BASE, expected, (row, login) -> standing(confluence.get(login, BASE), SPACE));
    }

    @Test
    public void get_reportsEachReadersMembershipAndWhatTheyMayDoNext_inThePrivateCommunity() {
        String hidden = "404 hidden";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", hidden);
        expected.put("viewer", hidden);
        expected.put("pending", hidden);
        expected.put("member", "200 private member join=false request=false leave=true moderate=false administer=false");
        expected.put("moderator", hidden);
        expected.put("owner", hidden);
        expected.put("spaceAdmin", "200 private member join=false request=false leave=true moderate=true administer=true");
        expected.put("systemAdmin", "200 private none join=false request=false leave=false moderate=true administer=true");
        expected.put("banned", hidden);
        assertMatrix("GET " + PRIVATE_BASE, expected,
                (row, login) -> standing(confluence.get(login, PRIVATE_BASE), PRIVATE_SPACE));
    }

    // PUT /communities/{spaceKey}

    @Test
    public void put_isForSpaceAdminsAndSystemAdmins_andARefusalChangesNothing() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401 unchanged");
        expected.put("outsider", "404 unchanged");
        expected.put("viewer", "403 unchanged");
        expected.put("pending", "403 unchanged");
        expected.put("member", "403 unchanged");
        expected.put("moderator", "403 unchanged");
        expected.put("owner", "403 unchanged");
        expected.put("spaceAdmin", "200 renamed");
        expected.put("systemAdmin", "200 renamed");
        expected.put("banned", "403 unchanged");
        assertMatrix("PUT " + BASE, expected, (row, login) -> {
            String before = snapshot(SPACE);
            String takeOver = "Taken over by " + row;
            Response response = confluence.putJson(login, BASE, toJson(Map.of("name", takeOver,
                    "description", "changed", "visibility", "open", "topics", List.of())));
            if (response.status() != 200) {
                return response.status() + (snapshot(SPACE).equals(before) ? " unchanged" : " but changed "
                        + snapshot(SPACE)) + refusalShape(response);
            }
            String name = confluence.get("admin", BASE).json().get("name").asText();
            restoreMatrixCommunity();
            assertThat("restoring after " + row + " changes something else", snapshot(SPACE), is(before));
            return name.equals(takeOver) && response.json().get("name").asText().equals(takeOver)
                    ? "200 renamed" : "200 but name " + name;
        });
    }

    @Test
    public void put_ofAPrivateCommunity_isRefusedWithoutRevealingItToReadersWhoCannotViewIt() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401 unchanged");
        expected.put("outsider", "404 unchanged");
        expected.put("viewer", "404 unchanged");
        expected.put("pending", "404 unchanged");
        expected.put("member", "403 unchanged");
        expected.put("moderator", "404 unchanged");
        expected.put("owner", "404 unchanged");
        expected.put("spaceAdmin", "200 renamed");
        expected.put("systemAdmin", "200 renamed");
        expected.put("banned", "404 unchanged");
        assertMatrix("PUT " + PRIVATE_BASE, expected, (row, login) -> {
            String before = snapshot(PRIVATE_SPACE);
            String takeOver = "Taken over by " + row;
            Response response = confluence.putJson(login, PRIVATE_BASE, toJson(Map.of("name", takeOver)));
            if (response.status() != 200) {
                return response.status() + (snapshot(PRIVATE_SPACE).equals(before) ? " unchanged" : " but changed "
                        + snapshot(PRIVATE_SPACE)) + refusalShape(response);
            }
            String name = confluence.get("admin", PRIVATE_BASE).json().get("name").asText();
            expectStatus(200, confluence.putJson("alice", PRIVATE_BASE,
                    toJson(Map.of("name", ReaderMatrix.PRIVATE_NAME))));
            assertThat("restoring after " + row + " changes something else", snapshot(PRIVATE_SPACE), is(before));
            return name.equals(takeOver) ? "200 renamed" : "200 but name " + name;
        });
    }

    // DELETE /communities/{spaceKey}

    @Test
    public void delete_isForSpaceAdminsAndSystemAdmins_andARefusalChangesNothing() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401 unchanged");
        expected.put("outsider", "404 unchanged");
        expected.put("viewer", "403 unchanged");
        expected.put("pending", "403 unchanged");
        expected.put("member", "403 unchanged");
        expected.put("moderator", "403 unchanged");
        expected.put("owner", "403 unchanged");
        expected.put("spaceAdmin", "204 turned off");
        expected.put("systemAdmin", "204 turned off");
        expected.put("banned", "403 unchanged");
        assertMatrix("DELETE " + BASE, expected, (row, login) -> {
            String before = snapshot(SPACE);
            Response response = confluence.delete(login, BASE);
            if (response.status() != 204) {
                return response.status() + (snapshot(SPACE).equals(before) ? " unchanged" : " but changed "
                        + snapshot(SPACE)) + refusalShape(response);
            }
            int afterwards = confluence.get("admin", BASE).status();
            boolean listed = listedFor("admin", SPACE);
            restoreMatrixCommunity();
            assertThat("turning the community on again after " + row + " loses or adds data", snapshot(SPACE),
                    is(before));
            return afterwards == 404 && !listed ? "204 turned off" : "204 but still there: " + afterwards;
        });
    }

    // GET /communities/{spaceKey}/privacy-plan

    @Test
    public void privacyPlan_isForSpaceAdminsAndSystemAdmins_andChangesNothing() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", "404");
        expected.put("viewer", "403");
        expected.put("pending", "403");
        expected.put("member", "403");
        expected.put("moderator", "403");
        expected.put("owner", "403");
        expected.put("spaceAdmin", "200 group=guildhall-homex-members token");
        expected.put("systemAdmin", "200 group=guildhall-homex-members token");
        expected.put("banned", "403");
        assertMatrix("GET " + BASE + "/privacy-plan", expected, (row, login) -> {
            String before = snapshot(SPACE);
            Response response = confluence.get(login, BASE + "/privacy-plan");
            String cell = response.status() != 200 ? response.status() + refusalShape(response)
                    : "200 group=" + response.json().get("group").asText()
                    + (response.json().path("token").asText().isEmpty() ? " no token" : " token");
            return snapshot(SPACE).equals(before) ? cell : cell + " but changed " + snapshot(SPACE);
        });
    }

    @Test
    public void privacyPlan_ofAPrivateCommunity_changesNothingMore_andIsHiddenFromReadersWhoCannotViewIt() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", "404");
        expected.put("viewer", "404");
        expected.put("pending", "404");
        expected.put("member", "403");
        expected.put("moderator", "404");
        expected.put("owner", "404");
        expected.put("spaceAdmin", "200 changesNothing=true");
        expected.put("systemAdmin", "200 changesNothing=true");
        expected.put("banned", "404");
        assertMatrix("GET " + PRIVATE_BASE + "/privacy-plan", expected, (row, login) -> {
            Response response = confluence.get(login, PRIVATE_BASE + "/privacy-plan");
            return response.status() != 200 ? response.status() + refusalShape(response)
                    : "200 changesNothing=" + response.json().get("changesNothing").asBoolean();
        });
    }

    // guildhall-community-directory

    @Test
    public void directoryMacro_showsEachReaderTheCardsOfExactlyTheCommunitiesTheyMayView() {
        String page = confluence.createPage("admin", ReaderMatrix.LOBBY, "Directory matrix",
                "<ac:structured-macro ac:name=\"guildhall-community-directory\">"
                        + "<ac:parameter ac:name=\"limit\">100</ac:parameter></ac:structured-macro>");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "[PUBHOME]");
        expected.put("outsider", "[PUBHOME]");
        expected.put("viewer", "[HOMEX, PUBHOME]");
        expected.put("pending", "[HOMEX, PUBHOME]");
        expected.put("member", "[HOMEX, HXPRIV, PUBHOME]");
        expected.put("moderator", "[HOMEX, PUBHOME]");
        expected.put("owner", "[HOMEX, PUBHOME]");
        expected.put("spaceAdmin", "[HOMEX, HXPRIV, PUBHOME]");
        expected.put("systemAdmin", "[HOMEX, HXPRIV, PUBHOME]");
        expected.put("banned", "[HOMEX, PUBHOME]");
        assertMatrix("macro guildhall-community-directory", expected, (row, login) -> {
            String view = ReaderMatrix.view(confluence, login, page);
            TreeSet<String> cards = new TreeSet<>();
            for (String key : MATRIX_SPACES) {
                if (view.contains("data-space-key=\"" + key + "\"")) {
                    cards.add(key);
                }
            }
            boolean privateNameShown = view.contains(ReaderMatrix.PRIVATE_NAME);
            return cards + (privateNameShown != cards.contains(PRIVATE_SPACE) ? " private name mismatch" : "");
        });
    }

    // guildhall-community-join

    @Test
    public void joinMacro_showsEachReaderTheirStateAndActions_inTheRequestCommunity() {
        String page = ReaderMatrix.lobbyPage(confluence, "Join matrix", "guildhall-community-join", SPACE);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "not available");
        expected.put("outsider", "not available");
        expected.put("viewer", "none [request]");
        expected.put("pending", "pending [withdraw]");
        expected.put("member", "member [leave]");
        expected.put("moderator", "member [leave]");
        expected.put("owner", "member [leave]");
        expected.put("spaceAdmin", "none [request]");
        expected.put("systemAdmin", "none [request]");
        expected.put("banned", "banned []");
        assertMatrix("macro guildhall-community-join " + SPACE, expected,
                (row, login) -> joinButton(ReaderMatrix.view(confluence, login, page), "Home &lt;b&gt;matrix"));
    }

    @Test
    public void joinMacro_showsEachReaderTheirStateAndActions_inThePrivateCommunity() {
        String page = ReaderMatrix.lobbyPage(confluence, "Private join matrix", "guildhall-community-join",
                PRIVATE_SPACE);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "not available");
        expected.put("outsider", "not available");
        expected.put("viewer", "not available");
        expected.put("pending", "not available");
        expected.put("member", "member [leave]");
        expected.put("moderator", "not available");
        expected.put("owner", "not available");
        expected.put("spaceAdmin", "member [leave]");
        expected.put("systemAdmin", "none []");
        expected.put("banned", "not available");
        assertMatrix("macro guildhall-community-join " + PRIVATE_SPACE, expected,
                (row, login) -> joinButton(ReaderMatrix.view(confluence, login, page), ReaderMatrix.PRIVATE_NAME));
    }

    @Test
    public void joinMacro_aCommunityTheReaderMayNotViewLooksExactlyLikeOneThatDoesNotExist() {
        String hidden = ReaderMatrix.lobbyPage(confluence, "Join hidden", "guildhall-community-join", PRIVATE_SPACE);
        String missing = ReaderMatrix.lobbyPage(confluence, "Join nothing", "guildhall-community-join", "NOSUCHSPACE");

        assertThat(confluence.renderedView("bob", hidden).replace(PRIVATE_SPACE, "NOSUCHSPACE"),
                is(confluence.renderedView("bob", missing)));
    }

    /** "401", "404 hidden" (the same message as a space that does not exist), or the visibility and standing. */
    private static String standing(Response response, String spaceKey) {
        if (response.status() == 404) {
            String missing = confluence.get("admin", COMMUNITIES + "/NOSUCHSPACE").json().get("message").asText();
            return response.json().get("message").asText().equals(missing.replace("NOSUCHSPACE", spaceKey))
                    ? "404 hidden" : "404 but says " + response.body();
        }
        if (response.status() != 200) {
            return String.valueOf(response.status());
        }
        JsonNode json = response.json();
        return "200 " + json.get("visibility").asText() + " " + json.get("membership").asText()
                + " join=" + json.get("canJoin").asBoolean() + " request=" + json.get("canRequest").asBoolean()
                + " leave=" + json.get("canLeave").asBoolean() + " moderate=" + json.get("canModerate").asBoolean()
                + " administer=" + json.get("canAdminister").asBoolean();
    }

    /** Empty when a refusal is a JSON error with its status; otherwise what is wrong with it. */
    private static String refusalShape(Response response) {
        try {
            return response.json().path("status").asInt() == response.status() ? "" : " body " + response.body();
        } catch (RuntimeException notJson) {
            return " not JSON: " + response.body();
        }
    }

    /** The community's settings, members, requests and bans as the system admin reads them. */
    private static String snapshot(String spaceKey) {
        String base = COMMUNITIES + "/" + spaceKey;
        return confluence.get("admin", base).body() + "\n" + confluence.get("admin", base + "/members?limit=100").body()
                + "\n" + confluence.get("admin", base + "/requests").body();
    }

    private static boolean listedFor(String login, String spaceKey) {
        for (JsonNode community : confluence.get(login, COMMUNITIES + "?limit=100").json().get("results")) {
            if (community.get("spaceKey").asText().equals(spaceKey)) {
                return true;
            }
        }
        return false;
    }

    private static void restoreMatrixCommunity() {
        expectStatus(200, confluence.putJson("alice", BASE, toJson(Map.of("name", NAME, "description", DESCRIPTION,
                "visibility", "request", "topics", List.of("espresso", "latte-art")))));
    }

    /** "not available" (nothing naming the community), or the reader's state and the button's actions. */
    private static String joinButton(String view, String escapedName) {
        if (!view.contains("class=\"guildhall-join\"")) {
            return view.contains(escapedName) ? "not available but names it" : "not available";
        }
        int at = view.indexOf("data-state=\"") + "data-state=\"".length();
        String state = view.substring(at, view.indexOf('"', at));
        List<String> actions = new ArrayList<>();
        for (Map.Entry<String, String> label : Map.of("Join", "join", "Request to join", "request",
                "Accept invitation", "accept", "Withdraw request", "withdraw", "Decline invitation", "decline",
                "Leave community", "leave").entrySet()) {
            if (view.contains("\">" + label.getKey() + "</button>")) {
                actions.add(label.getValue());
            }
        }
        actions.sort(null);
        return state + " " + actions;
    }

    private static void expectStatus(int status, Response response) {
        assertThat(response.body(), response.status(), is(status));
    }
}

package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * The membership REST API over HTTP against the workbench: a permission matrix for every endpoint (one row per kind
 * of caller, roles set up through the API itself), and bad input that is refused naming the field and changes
 * nothing. Community MTX joins on request; its space is readable by confluence-users only.
 */
public class MembershipResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String BASE = "/rest/guildhall/1.0/communities/MTX";
    /** Row name → login (null: anonymous). */
    private static final Map<String, String> ROWS = new LinkedHashMap<>();
    private static final String NOBODY = "wb-key-nobody-at-all";

    static {
        ROWS.put("anonymous", null);
        ROWS.put("outsider", "mxoutsider");
        ROWS.put("viewer", "bob");
        ROWS.put("pending", "mxpending");
        ROWS.put("member", "mxmember");
        ROWS.put("moderator", "mxmod");
        ROWS.put("owner", "mxowner");
        ROWS.put("spaceAdmin", "alice");
        ROWS.put("systemAdmin", "admin");
        ROWS.put("banned", "mxbanned");
    }

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpRolesThroughTheApi() {
        confluence = CONFLUENCE.client();
        UserDirectory users = CONFLUENCE.bean(UserDirectory.class);
        for (String name : List.of("mxpending", "mxmember", "mxmod", "mxowner", "mxbanned")) {
            users.create(new WorkbenchUser(key(name), name, "Matrix " + name, name + "@example.com", Locale.ENGLISH),
                    name, List.of(UserDirectory.USERS));
        }
        users.create(new WorkbenchUser(key("mxoutsider"), "mxoutsider", "Matrix outsider", "out@example.com",
                Locale.ENGLISH), "mxoutsider", List.of());

        confluence.createSpace("alice", "MTX", "Matrix");
        expect(200, confluence.postJson("alice", "/rest/api/space/MTX/permission", toJson(Map.of(
                "subject", Map.of("type", "group", "identifier", UserDirectory.USERS),
                "operation", Map.of("key", "read", "target", "space")))));
        expect(200, confluence.putJson("alice", BASE, "{\"name\":\"Matrix\",\"visibility\":\"request\"}"));
        // alice founded it and is its owner; she hands ownership over and stays only the space admin
        for (String name : List.of("mxowner", "mxmod", "mxmember")) {
            expect(200, confluence.postJson("alice", BASE + "/invitations", toJson(Map.of("userKey", key(name)))));
            expect(200, confluence.postJson(name, BASE + "/members/me", "{}"));
        }
        expect(200, confluence.putJson("alice", BASE + "/members/" + key("mxowner"), "{\"role\":\"owner\"}"));
        expect(200, confluence.delete("alice", BASE + "/members/me"));
        expect(200, confluence.putJson("mxowner", BASE + "/members/" + key("mxmod"), "{\"role\":\"moderator\"}"));
        expect(200, confluence.postJson("mxpending", BASE + "/members/me", "{\"message\":\"Let me in\"}"));
        expect(200, confluence.delete("mxowner", BASE + "/members/" + key("mxbanned") + "?ban=true"));
    }

    @Test
    public void getCommunity_reportsEachCallersMembershipAndWhatTheyMayDoNext() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401");
        expected.put("outsider", "404");
        expected.put("viewer", "200 none join=false request=true leave=false moderate=false administer=false");
        expected.put("pending", "200 pending join=false request=false leave=true moderate=false administer=false");
        expected.put("member", "200 member join=false request=false leave=true moderate=false administer=false");
        expected.put("moderator", "200 member join=false request=false leave=true moderate=true administer=false");
        expected.put("owner", "200 member join=false request=false leave=true moderate=true administer=true");
        expected.put("spaceAdmin", "200 none join=false request=true leave=false moderate=true administer=true");
        expected.put("systemAdmin", "200 none join=false request=true leave=false moderate=true administer=true");
        expected.put("banned", "200 banned join=false request=false leave=false moderate=false administer=false");
        assertMatrix(expected, (row, login) -> {
            Response response = confluence.get(login, BASE);
            if (response.status() != 200) {
                return String.valueOf(response.status());
            }
            JsonNode json = response.json();
            return "200 " + json.get("membership").asText() + " join=" + json.get("canJoin").asBoolean()
                    + " request=" + json.get("canRequest").asBoolean() + " leave=" + json.get("canLeave").asBoolean()
                    + " moderate=" + json.get("canModerate").asBoolean()
                    + " administer=" + json.get("canAdminister").asBoolean();
        });
    }

    @Test
    public void getCommunity_keepsTheCommunityFieldsBesideTheMembership() {
        JsonNode json = confluence.get("mxmod", BASE).json();

        assertThat(json.get("name").asText(), is("Matrix"));
        assertThat(json.get("visibility").asText(), is("request"));
        assertThat(json.get("memberCount").asInt(), is(3));
        assertThat(json.get("role").asText(), is("moderator"));
    }

    @Test
    public void listMembers_isForEveryoneWhoCanViewTheSpace() {
        assertMatrix(statuses("401", "404", "200", "200", "200", "200", "200", "200", "200", "200"),
                (row, login) -> String.valueOf(confluence.get(login, BASE + "/members").status()));
    }

    @Test
    public void listRequests_isForModerators() {
        assertMatrix(statuses("401", "404", "403", "403", "403", "200", "200", "200", "200", "403"),
                (row, login) -> String.valueOf(confluence.get(login, BASE + "/requests").status()));
    }

    @Test
    public void decideRequest_isForModerators() {
        // a decision about someone who never asked: moderators learn there is no request (404), others are refused
        assertMatrix(statuses("401", "404", "403", "403", "403", "404", "404", "404", "404", "403"),
                (row, login) -> String.valueOf(confluence.postJson(login, BASE + "/requests/" + NOBODY,
                        "{\"decision\":\"approve\"}").status()));
    }

    @Test
    public void invite_isForModerators() {
        // inviting an existing member: moderators get 409 (already a member), others are refused; nothing changes
        assertMatrix(statuses("401", "404", "403", "403", "403", "409", "409", "409", "409", "403"),
                (row, login) -> String.valueOf(confluence.postJson(login, BASE + "/invitations",
                        toJson(Map.of("userKey", key("mxmember")))).status()));
    }

    @Test
    public void changeRole_isForOwnersAndAdministrators() {
        // giving a member the role they have: allowed for owners and admins, refused for everyone else
        assertMatrix(statuses("401", "404", "403", "403", "403", "403", "200", "200", "200", "403"),
                (row, login) -> String.valueOf(confluence.putJson(login, BASE + "/members/" + key("mxmember"),
                        "{\"role\":\"member\"}").status()));
    }

    @Test
    public void removeMember_isForModerators() {
        // removing someone who has no membership: moderators learn there is nothing to remove, others are refused
        assertMatrix(statuses("401", "404", "403", "403", "403", "404", "404", "404", "404", "403"),
                (row, login) -> String.valueOf(confluence.delete(login, BASE + "/members/" + NOBODY).status()));
    }

    @Test
    public void joinAndLeave_dependOnTheCallersStanding() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("anonymous", "401/401");
        expected.put("outsider", "404/404");
        expected.put("viewer", "200 pending/200 none");
        expected.put("pending", "200 pending/200 none");
        expected.put("member", "200 member/-");
        expected.put("moderator", "200 member/-");
        expected.put("owner", "200 member/-");
        expected.put("spaceAdmin", "200 pending/200 none");
        expected.put("systemAdmin", "200 pending/200 none");
        expected.put("banned", "403/403");
        assertMatrix(expected, (row, login) -> {
            String join = outcome(confluence.postJson(login, BASE + "/members/me", "{}"));
            if (join.equals("200 member")) {
                return join + "/-";
            }
            String leave = outcome(confluence.delete(login, BASE + "/members/me"));
            if ("pending".equals(row)) {
                expect(200, confluence.postJson(login, BASE + "/members/me", "{\"message\":\"Let me in\"}"));
            }
            return join + "/" + leave;
        });
    }

    @Test
    public void theLastOwnerCannotLeaveOrBeDemoted() {
        Response leave = confluence.delete("mxowner", BASE + "/members/me");
        Response demote = confluence.putJson("admin", BASE + "/members/" + key("mxowner"), "{\"role\":\"member\"}");

        assertThat(leave.status(), is(409));
        assertThat(leave.json().get("message").asText(), containsString("at least one owner"));
        assertThat(demote.status(), is(409));
        assertThat(confluence.get("mxowner", BASE).json().get("role").asText(), is("owner"));
    }

    @Test
    public void privateVisibilityWithoutAConfirmedPlanIsRefusedWithThePlan() {
        Response response = confluence.putJson("alice", BASE, "{\"name\":\"Matrix\",\"visibility\":\"private\"}");

        assertThat(response.status(), is(400));
        assertThat(response.json().at("/errors/confirmPlan").asText(), containsString("Confirm"));
        assertThat(response.json().at("/plan/group").asText(), is("guildhall-mtx-members"));
        assertThat(confluence.get("alice", BASE).json().get("visibility").asText(), is("request"));
    }

    @Test
    public void badInput_isRefusedNamingTheFieldAndChangesNothing() {
        String before = membersSnapshot();
        Map<String, Response> refused = new LinkedHashMap<>();
        refused.put("message", confluence.postJson("bob", BASE + "/members/me",
                toJson(Map.of("message", "x".repeat(10_240)))));
        refused.put("message ", confluence.postJson("bob", BASE + "/members/me",
                toJson(Map.of("message", "bell\u0007"))));
        refused.put("userKey", confluence.postJson("mxowner", BASE + "/invitations", toJson(Map.of("userKey", "bad\u0001key"))));
        refused.put("userKey ", confluence.postJson("mxowner", BASE + "/invitations", toJson(Map.of("userKey", "k".repeat(300)))));
        refused.put("userKey  ", confluence.postJson("mxowner", BASE + "/invitations", toJson(Map.of("userKey", "no-such-user"))));
        refused.put("role", confluence.putJson("mxowner", BASE + "/members/" + key("mxmember"), "{\"role\":\"emperor\"}"));
        refused.put("decision", confluence.postJson("mxowner", BASE + "/requests/" + key("mxpending"), "{\"decision\":\"perhaps\"}"));
        refused.put("ban", confluence.delete("mxowner", BASE + "/members/" + key("mxmember") + "?ban=yes"));
        refused.put("limit", confluence.get("bob", BASE + "/members?limit=0"));
        refused.put("cursor", confluence.get("bob", BASE + "/members?cursor=%25%25"));

        List<String> wrong = new ArrayList<>();
        refused.forEach((field, response) -> {
            if (response.status() != 400 || !response.json().path("errors").has(field.trim())) {
                wrong.add(field.trim() + ": " + response.status() + " " + response.body());
            }
        });
        assertThat(wrong, is(empty()));
        assertThat(membersSnapshot(), is(before));
    }

    @Test
    public void anUnknownSpaceIsNotFound_andMutationsTakeJsonOnly() {
        assertThat(confluence.postJson("bob", "/rest/guildhall/1.0/communities/NOPE/members/me", "{}").status(), is(404));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities/NOPE/members").status(), is(404));
        assertThat(confluence.put("mxowner", BASE + "/members/" + key("mxmember"), "application/x-www-form-urlencoded",
                "role=owner").status(), is(403));
        assertThat(confluence.put("mxowner", BASE + "/members/" + key("mxmember"), "application/xml",
                "<role>owner</role>").status(), is(415));
    }

    @Test
    public void listMembers_pagesByCursorAndFiltersByRoleAndName() {
        JsonNode first = confluence.get("bob", BASE + "/members?limit=2").json();
        JsonNode second = confluence.get("bob", BASE + "/members?limit=2&cursor="
                + ConfluenceClient.encode(first.get("nextCursor").asText())).json();

        assertThat(first.get("results").size() + second.get("results").size(), is(3));
        assertThat(second.get("nextCursor").isNull(), is(true));
        JsonNode moderators = confluence.get("bob", BASE + "/members?role=moderator").json().get("results");
        assertThat(moderators.size(), is(1));
        assertThat(moderators.get(0).get("username").asText(), is("mxmod"));
        JsonNode byName = confluence.get("bob", BASE + "/members?query=MATRIX%20MXOWN").json().get("results");
        assertThat(byName.size(), is(1));
        assertThat(byName.get(0).get("role").asText(), is("owner"));
    }

    private static String membersSnapshot() {
        return confluence.get("admin", BASE + "/members?limit=100").body() + confluence.get("admin", BASE + "/requests").body()
                + confluence.get("admin", BASE).json().get("memberCount");
    }

    private static String outcome(Response response) {
        return response.status() == 200 ? "200 " + response.json().get("membership").asText()
                : String.valueOf(response.status());
    }

    private static Map<String, String> statuses(String... perRow) {
        Map<String, String> expected = new LinkedHashMap<>();
        int i = 0;
        for (String row : ROWS.keySet()) {
            expected.put(row, perRow[i++]);
        }
        return expected;
    }

    /** Runs every row and reports all cells that differ at once. */
    private static void assertMatrix(Map<String, String> expected, BiFunction<String, String, String> cell) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> row : ROWS.entrySet()) {
            String actual = cell.apply(row.getKey(), row.getValue());
            if (!actual.equals(expected.get(row.getKey()))) {
                wrong.add(row.getKey() + ": expected " + expected.get(row.getKey()) + " but was " + actual);
            }
        }
        assertThat(wrong, is(empty()));
    }

    private static void expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Set-up step failed: " + response);
        }
    }

    private static String key(String username) {
        return "wb-key-" + username;
    }
}

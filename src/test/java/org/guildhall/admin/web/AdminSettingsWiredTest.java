package org.guildhall.admin.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The global settings in a running workbench: only system administrators read and change them, a browser needs a
 * secure administrator session (WebSudo) first, every change — also through the older reputation-weights and
 * routing-settings endpoints — lands in the audit trail with before and after, and the feature switches really turn
 * features off (macros show a note, REST answers 404 with a message, pages 404).
 */
public class AdminSettingsWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SETTINGS = "/rest/guildhall/1.0/admin/settings";
    private static final String AUDIT = "/rest/guildhall/1.0/admin/audit";

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void client() {
        confluence = CONFLUENCE.client();
    }

    @After
    public void allFeaturesOn() {
        Response on = confluence.putJson("admin", SETTINGS, toJson(Map.of("features",
                Map.of("qa", true, "expertise", true, "activity", true, "health", true))));
        assertThat(on.body(), on.status(), is(200));
    }

    @Test
    public void aSystemAdministratorChangesSettings_andTheAuditTrailShowsWhoChangedWhatBeforeAndAfter() {
        Response before = confluence.get("admin", SETTINGS);
        assertThat(before.body(), before.status(), is(200));
        assertThat(before.json().path("features").path("qa").asBoolean(), is(true));
        assertThat(before.json().path("communityCreators").path("who").asText(), is("space-admins"));

        Response saved = confluence.putJson("admin", SETTINGS, toJson(Map.of(
                "routing", Map.of("weeklyCap", 7, "escalationHours", 24),
                "features", Map.of("health", false))));

        assertThat(saved.body(), saved.status(), is(200));
        assertThat(saved.json().path("routing").path("weeklyCap").asInt(), is(7));
        assertThat(saved.json().path("features").path("health").asBoolean(), is(false));
        JsonNode entries = confluence.get("admin", AUDIT + "?limit=10").json().path("entries");
        JsonNode health = find(entries, "feature.health");
        assertThat(health.path("actor").path("userKey").asText(), is("wb-key-admin"));
        // before: never set (on) or set on by another test's clean-up
        assertThat(health.path("before").asText(), not("false"));
        assertThat(health.path("after").asText(), is("false"));
        JsonNode routing = find(entries, "routing");
        assertThat(routing.path("before").path("weeklyCap").asInt(), is(5));
        assertThat(routing.path("after").path("escalationHours").asInt(), is(24));
    }

    @Test
    public void changesThroughTheReputationWeightsEndpoint_areAuditedToo() {
        Map<String, Integer> weights = Map.of("questionUpVote", 6, "questionDownVote", -2, "answerUpVote", 10,
                "answerDownVote", -2, "acceptedAnswer", 15);
        Response saved = confluence.putJson("admin", "/rest/guildhall/1.0/admin/reputation-weights", toJson(weights));
        assertThat(saved.body(), saved.status(), is(200));

        JsonNode entry = find(confluence.get("admin", AUDIT).json().path("entries"), "reputation.weights");
        assertThat(entry.path("after").path("questionUpVote").asInt(), is(6));
        assertThat(entry.path("actor").path("displayName").asText(), not(""));
    }

    @Test
    public void badInput_isRefusedNamingEachField_andNothingChanges() {
        int cap = confluence.get("admin", SETTINGS).json().path("routing").path("weeklyCap").asInt();

        Response refused = confluence.putJson("admin", SETTINGS, toJson(Map.of(
                "routing", Map.of("weeklyCap", 0, "escalationHours", 24),
                "communityCreators", Map.of("who", "group", "group", "no-such-group"),
                "features", Map.of("qa", false, "teleport", true))));

        assertThat(refused.status(), is(400));
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.has("routing.weeklyCap"), is(true));
        assertThat(errors.has("communityCreators.group"), is(true));
        assertThat(errors.has("features.teleport"), is(true));
        JsonNode after = confluence.get("admin", SETTINGS).json();
        assertThat(after.path("routing").path("weeklyCap").asInt(), is(cap));
        assertThat(after.path("features").path("qa").asBoolean(), is(true));
    }

    @Test
    public void everyoneButSystemAdministrators_isRefused() {
        assertThat(confluence.get("alice", SETTINGS).status(), is(403));
        assertThat(confluence.putJson("alice", SETTINGS, toJson(Map.of("features", Map.of("qa", false)))).status(),
                is(403));
        assertThat(confluence.get("alice", AUDIT).status(), is(403));
        assertThat(confluence.get(null, SETTINGS).status(), is(401));
        assertThat(confluence.getHtml("alice", "/plugins/servlet/guildhall/admin/settings").status(), is(403));
    }

    @Test
    public void aBrowserSessionWithoutWebSudo_isSentToReauthenticateForThePage_andRefusedByRest() {
        ConfluenceClient browser = CONFLUENCE.client();
        assertThat(browser.logIn("admin", "admin", "/dashboard.action").status(), is(302));

        Response page = browser.getWithSession("/plugins/servlet/guildhall/admin/settings");
        assertThat(page.status(), is(302));
        assertThat(page.header("Location").orElse(""),
                containsString("/authenticate.action?destination=%2Fplugins%2Fservlet%2Fguildhall%2Fadmin%2Fsettings"));
        assertThat(browser.getWithSession(SETTINGS).status(), is(401));
    }

    @Test
    public void turningQuestionsAndAnswersOff_hidesItsMacrosRestAndPages_andKeepsItsData() {
        long question = confluence.get("alice", "/rest/guildhall/1.0/questions?community=COFFEE&limit=1").json()
                .path("results").get(0).path("id").asLong();
        String pageId = confluence.createPage("alice", "COFFEE", "Questions while off",
                "<ac:structured-macro ac:name=\"guildhall-questions\"><ac:parameter ac:name=\"community\">COFFEE"
                        + "</ac:parameter></ac:structured-macro>");
        assertThat(confluence.putJson("admin", SETTINGS, toJson(Map.of("features", Map.of("qa", false)))).status(),
                is(200));

        Response rest = confluence.get("alice", "/rest/guildhall/1.0/questions/" + question);
        assertThat(rest.status(), is(404));
        assertThat(rest.json().path("message").asText(), startsWith("This part of Guildhall is turned off"));
        assertThat(confluence.getHtml("alice", "/plugins/servlet/guildhall/questions/" + question).status(), is(404));
        assertThat(confluence.renderedView("alice", pageId), containsString("guildhall-feature-off"));
        // communities and expertise stay on
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/COFFEE").status(), is(200));

        confluence.putJson("admin", SETTINGS, toJson(Map.of("features", Map.of("qa", true))));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/questions/" + question).status(), is(200));
    }

    @Test
    public void restrictingCommunityCreationToAGroup_refusesOtherSpaceAdministrators() {
        confluence.createSpace("bob", "BOBS", "Bob's corner");
        Response restricted = confluence.putJson("admin", SETTINGS, toJson(Map.of("communityCreators",
                Map.of("who", "group", "group", "confluence-administrators"))));
        assertThat(restricted.body(), restricted.status(), is(200));
        try {
            Response refused = confluence.putJson("bob", "/rest/guildhall/1.0/communities/BOBS",
                    toJson(Map.of("name", "Bob's corner")));
            assertThat(refused.status(), is(403));
            assertThat(refused.json().path("message").asText(), containsString("group"));
        } finally {
            confluence.putJson("admin", SETTINGS, toJson(Map.of("communityCreators", Map.of("who", "space-admins"))));
        }
        assertThat(confluence.putJson("bob", "/rest/guildhall/1.0/communities/BOBS",
                toJson(Map.of("name", "Bob's corner"))).status(), is(200));
    }

    private static JsonNode find(JsonNode entries, String setting) {
        for (JsonNode entry : entries) {
            if (entry.path("setting").asText().equals(setting)) {
                return entry;
            }
        }
        throw new AssertionError("No audit entry for " + setting + " in " + entries);
    }
}

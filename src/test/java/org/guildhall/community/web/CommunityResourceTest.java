package org.guildhall.community.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code /rest/guildhall/1.0/communities} over HTTP, against the workbench with its demo data: COFFEE and AI are
 * communities everyone may see; QC is visible only to admin, alice and carol.
 */
public class CommunityResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();
    private static final AtomicInteger SPACES = new AtomicInteger();

    private final ConfluenceClient confluence = CONFLUENCE.client();

    @Test
    public void list_showsEachReaderOnlyTheCommunitiesWhoseSpaceTheyMayView() {
        assertThat(spaceKeys(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=100")), hasItems("COFFEE", "AI"));
        assertThat(spaceKeys(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=100")), not(hasItem("QC")));
        assertThat(spaceKeys(confluence.get("alice", "/rest/guildhall/1.0/communities?limit=100")), hasItem("QC"));
    }

    @Test
    public void list_pagesThroughEveryCommunityWithTheCursorExactlyOnce() {
        String admin = "admin";
        for (int i = 0; i < 3; i++) {
            newCommunity(admin, "Paging " + i);
        }
        List<String> all = spaceKeys(confluence.get(admin, "/rest/guildhall/1.0/communities?limit=100"));

        List<String> paged = new ArrayList<>();
        String path = "/rest/guildhall/1.0/communities?limit=2";
        while (true) {
            Response page = confluence.get(admin, path);
            assertThat(page.status(), is(200));
            assertThat(page.json().get("limit").asInt(), is(2));
            paged.addAll(spaceKeys(page));
            JsonNode next = page.json().get("nextCursor");
            if (next.isNull()) {
                break;
            }
            path = "/rest/guildhall/1.0/communities?limit=2&cursor=" + ConfluenceClient.encode(next.asText());
        }

        assertThat(paged, is(all));
    }

    @Test
    public void list_describesEachCommunityWithItsLinkAndMemberCount() {
        JsonNode coffee = find(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=100"), "COFFEE");

        assertThat(coffee.get("url").asText(), is("/confluence/display/COFFEE"));
        assertThat(coffee.get("visibility").asText(), is("open"));
        assertThat(coffee.get("memberCount").isInt(), is(true));
        assertThat(coffee.get("name").asText().isEmpty(), is(false));
    }

    @Test
    public void list_rejectsALimitThatIsNoNumberWithAnErrorNamingTheField() {
        Response response = confluence.get("bob", "/rest/guildhall/1.0/communities?limit=lots");

        assertThat(response.status(), is(400));
        assertThat(response.json().get("status").asInt(), is(400));
        assertThat(response.json().at("/errors/limit").asText(), containsString("1 to 100"));
    }

    @Test
    public void list_rejectsALimitOutOfRange() {
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=0").status(), is(400));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=101").status(), is(400));
    }

    @Test
    public void list_rejectsACursorTheApiDidNotIssue() {
        Response response = confluence.get("bob", "/rest/guildhall/1.0/communities?cursor=forged");

        assertThat(response.status(), is(400));
        assertThat(response.json().get("errors").has("cursor"), is(true));
    }

    @Test
    public void list_asksAnonymousCallersToLogIn() {
        Response response = confluence.get(null, "/rest/guildhall/1.0/communities");

        assertThat(response.status(), is(401));
    }

    @Test
    public void get_returnsOneVisibleCommunity() {
        Response response = confluence.get("bob", "/rest/guildhall/1.0/communities/COFFEE");

        assertThat(response.status(), is(200));
        assertThat(response.json().get("spaceKey").asText(), is("COFFEE"));
    }

    @Test
    public void get_treatsACommunityTheReaderMayNotSeeAsMissing() {
        Response hidden = confluence.get("bob", "/rest/guildhall/1.0/communities/QC");
        Response missing = confluence.get("bob", "/rest/guildhall/1.0/communities/NOSUCHSPACE");

        assertThat(hidden.status(), is(404));
        assertThat(missing.status(), is(404));
        assertThat(hidden.json().get("message").asText(), is(missing.json().get("message").asText().replace("NOSUCHSPACE", "QC")));
    }

    @Test
    public void put_letsTheSpaceAdminTurnTheSpaceIntoACommunity() {
        String key = newSpace("alice");

        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + key,
                toJson(Map.of("name", "  Espresso circle ", "description", "Shots and crema")));

        assertThat(saved.status(), is(200));
        assertThat(saved.json().get("name").asText(), is("Espresso circle"));
        assertThat(saved.json().get("description").asText(), is("Shots and crema"));
        assertThat(spaceKeys(confluence.get("bob", "/rest/guildhall/1.0/communities?limit=100")), hasItem(key));
    }

    @Test
    public void put_refusesSomeoneWhoDoesNotAdministerTheSpaceAndChangesNothing() {
        String key = newSpace("alice");

        Response refused = confluence.putJson("bob", "/rest/guildhall/1.0/communities/" + key,
                toJson(Map.of("name", "Taken over")));

        assertThat(refused.status(), is(403));
        assertThat(refused.json().get("status").asInt(), is(403));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/" + key).status(), is(404));
    }

    @Test
    public void put_namesEveryInvalidFieldAndChangesNothing() {
        String key = newCommunity("alice", "Before");

        Response invalid = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + key,
                toJson(Map.of("name", " ", "description", "d".repeat(10_001))));

        assertThat(invalid.status(), is(400));
        assertThat(invalid.json().get("errors").has("name"), is(true));
        assertThat(invalid.json().get("errors").has("description"), is(true));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/" + key).json().get("name").asText(), is("Before"));
    }

    @Test
    public void put_rejectsBrokenJsonAndValuesOfTheWrongType() {
        String key = newSpace("alice");

        Response broken = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + key, "{\"name\": ");
        Response wrongType = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + key, "{\"name\": {\"a\": 1}}");

        assertThat(broken.status(), is(400));
        assertThat(broken.json().get("errors").has("body"), is(true));
        assertThat(wrongType.status(), is(400));
        assertThat(wrongType.json().get("errors").has("name"), is(true));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/" + key).status(), is(404));
    }

    @Test
    public void put_acceptsJsonOnlySoThatCrossSiteFormsCannotChangeCommunities() {
        String key = newSpace("alice");

        Response form = confluence.put("alice", "/rest/guildhall/1.0/communities/" + key,
                "application/x-www-form-urlencoded", "name=Forged");
        Response xml = confluence.put("alice", "/rest/guildhall/1.0/communities/" + key, "application/xml", "<name/>");

        assertThat(form.status(), is(403));
        assertThat(xml.status(), is(415));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/" + key).status(), is(404));
    }

    @Test
    public void delete_turnsTheCommunityOffAndSavingAgainBringsItBack() {
        String key = newCommunity("alice", "Comeback");

        assertThat(confluence.delete("alice", "/rest/guildhall/1.0/communities/" + key).status(), is(204));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/communities/" + key).status(), is(404));
        assertThat(spaceKeys(confluence.get("alice", "/rest/guildhall/1.0/communities?limit=100")), not(hasItem(key)));

        Response again = confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + key, toJson(Map.of("name", "Comeback")));
        assertThat(again.status(), is(200));
        assertThat(spaceKeys(confluence.get("alice", "/rest/guildhall/1.0/communities?limit=100")), hasItem(key));
    }

    @Test
    public void delete_refusesSomeoneWhoDoesNotAdministerTheSpace() {
        String key = newCommunity("alice", "Kept");

        assertThat(confluence.delete("bob", "/rest/guildhall/1.0/communities/" + key).status(), is(403));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/communities/" + key).status(), is(200));
    }

    @Test
    public void errorsSpeakTheReadersLanguage() {
        Response german = confluence.get("erin", "/rest/guildhall/1.0/communities?limit=0");

        assertThat(german.json().at("/errors/limit").asText(), startsWith("Das Limit"));
    }

    private String newSpace(String admin) {
        String key = "T" + SPACES.incrementAndGet() + "R";
        confluence.createSpace(admin, key, "Test space " + key);
        return key;
    }

    private String newCommunity(String admin, String name) {
        String key = newSpace(admin);
        Response saved = confluence.putJson(admin, "/rest/guildhall/1.0/communities/" + key, toJson(Map.of("name", name)));
        assertThat(saved.body(), saved.status(), is(200));
        return key;
    }

    private static JsonNode find(Response page, String spaceKey) {
        for (JsonNode community : page.json().get("results")) {
            if (community.get("spaceKey").asText().equals(spaceKey)) {
                return community;
            }
        }
        throw new AssertionError(spaceKey + " not in " + page.body());
    }

    private static List<String> spaceKeys(Response page) {
        assertThat(page.body(), page.status(), is(200));
        List<String> keys = new ArrayList<>();
        page.json().get("results").forEach(community -> keys.add(community.get("spaceKey").asText()));
        return keys;
    }
}

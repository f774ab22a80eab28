package org.guildhall.archive.web;

import com.fasterxml.jackson.databind.JsonNode;
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
import static org.hamcrest.Matchers.either;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * A community exported from one workbench, imported into another (empty) one and exported again gives the same
 * archive, byte for byte; importing again adds nothing; a broken archive writes nothing.
 */
public class CommunityArchiveRoundTripTest {

    @ClassRule
    public static final RunningWorkbench SOURCE = new RunningWorkbench();

    @ClassRule
    public static final RunningWorkbench TARGET = new RunningWorkbench();

    private static final String REST = "/rest/guildhall/1.0";
    private static final String SPACE = "ARCH";
    /** Joined ×2, role changed, asked ×2, answered, commented ×2, accepted, closed. */
    private static final int ACTIVITY_ENTRIES = 10;

    private static ConfluenceClient source;
    private static ConfluenceClient target;

    @BeforeClass
    public static void fillTheSourceCommunity() {
        source = SOURCE.client();
        target = TARGET.client();
        for (ConfluenceClient site : List.of(source, target)) {
            site.createSpace("alice", SPACE, "Archive");
            site.grantGroupRead("alice", SPACE, "confluence-users");
        }
        ok(source.putJson("alice", REST + "/communities/" + SPACE, toJson(Map.of("name", "Brewing archive",
                "description", "Everything about brewing", "visibility", "open", "topics", List.of("espresso", "milk")))));
        ok(source.postJson("bob", REST + "/communities/" + SPACE + "/members/me", "{}"));
        ok(source.postJson("carol", REST + "/communities/" + SPACE + "/members/me", "{}"));
        ok(source.putJson("alice", REST + "/communities/" + SPACE + "/members/wb-key-carol",
                toJson(Map.of("role", "moderator"))));

        long first = ok(source.postJson("alice", REST + "/questions", toJson(Map.of("community", SPACE,
                "title", "How fine should espresso be ground?", "body", "Like **sand**?",
                "topics", List.of("espresso"))))).json().get("id").asLong();
        long answer = ok(source.postJson("bob", REST + "/questions/" + first + "/answers",
                toJson(Map.of("body", "Finer than table salt.")))).json().at("/answers/0/id").asLong();
        ok(source.postJson("carol", REST + "/questions/" + first + "/comments", toJson(Map.of("body", "Which grinder?"))));
        ok(source.postJson("alice", REST + "/answers/" + answer + "/comments", toJson(Map.of("body", "Thanks!"))));
        ok(source.putJson("alice", REST + "/answers/" + answer + "/vote", "{\"value\":1}"));
        ok(source.putJson("carol", REST + "/questions/" + first + "/vote", "{\"value\":-1}"));
        ok(source.putJson("alice", REST + "/answers/" + answer + "/accept", "{}"));
        ok(source.putJson("alice", REST + "/questions/" + first, toJson(Map.of("revision", 1,
                "title", "How fine should espresso be ground, really?", "body", "Like **sand**, or finer?",
                "topics", List.of("espresso", "milk")))));
        long second = ok(source.postJson("bob", REST + "/questions", toJson(Map.of("community", SPACE,
                "title", "What grind size for espresso?", "body", "Asking again.", "topics", List.of("espresso")))))
                .json().get("id").asLong();
        ok(source.putJson("alice", REST + "/questions/" + second + "/close",
                toJson(Map.of("reason", "duplicate", "duplicateOf", first))));
        ok(source.postJson("carol", REST + "/people/wb-key-bob/endorsements",
                toJson(Map.of("topic", "espresso", "evidence", Map.of("type", "answer", "id", answer)))));
    }

    @Test
    public void exportImportExport_givesTheSameArchive_andImportingAgainAddsNothing() {
        String archive = exportOnceActivityIsRecorded();
        JsonNode parsed = new Response(200, archive, "application/json", null).json();
        assertThat(parsed.get("format").asText(), is("guildhall-community-archive"));
        assertThat(parsed.get("version").asInt(), is(1));
        assertThat(parsed.at("/questions/0/answers/0/accepted").asBoolean(), is(true));
        assertThat(parsed.at("/questions/0/revisions").size(), is(2));
        assertThat(parsed.at("/questions/1/closeReason").asText(), is("duplicate"));
        assertThat(parsed.at("/questions/1/duplicateOf").asText(), is(parsed.at("/questions/0/key").asText()));
        assertThat(parsed.at("/endorsements").size(), is(1));
        assertThat(parsed.at("/members").size(), is(3));
        assertThat(parsed.at("/activity").size(), is(ACTIVITY_ENTRIES));
        assertThat(archive, containsString("\"url\" : \"/plugins/servlet/guildhall/questions/{question}\""));

        // a corrupt archive, cut off in the middle of its questions, writes nothing
        int cut = archive.indexOf("\"answers\"", archive.indexOf("\"questions\"")) + 40;
        Response broken = target.send("POST", "admin", REST + "/import/archive", "application/json",
                archive.substring(0, cut), "Accept", "application/json");
        assertThat(broken.body(), broken.status(), is(400));
        assertThat(broken.json().at("/errors/body").isMissingNode(), is(false));
        // so does one whose second question lacks a title
        Response untitled = target.postJson("admin", REST + "/import/archive",
                archive.replace("\"title\" : \"What grind size for espresso?\"", "\"title\" : 7"));
        assertThat(untitled.body(), untitled.status(), is(400));
        assertThat(untitled.json().at("/errors/questions[1].title").isMissingNode(), is(false));
        assertThat(target.get("admin", REST + "/communities/" + SPACE).status(), is(404));
        assertThat(target.get("admin", REST + "/questions?community=" + SPACE).body(), not(containsString("espresso")));

        Response imported = ok(target.postJson("admin", REST + "/import/archive", archive));
        assertThat(imported.json().get("communityCreated").asBoolean(), is(true));
        assertThat(imported.json().at("/added/questions").asInt(), is(2));
        assertThat(imported.json().at("/added/votes").asInt(), is(2));
        assertThat(imported.json().at("/added/endorsements").asInt(), is(1));

        String again = ok(target.get("admin", REST + "/communities/" + SPACE + "/export")).body();
        assertThat(again, is(archive));

        Response twice = ok(target.send("POST", "admin", REST + "/import/archive", "application/octet-stream",
                archive, "Accept", "application/json"));
        assertThat(twice.json().get("communityCreated").asBoolean(), is(false));
        assertThat(twice.json().get("added").size(), is(0));
        assertThat(ok(target.get("admin", REST + "/communities/" + SPACE + "/export")).body(), is(archive));

        // the imported community works like any other
        JsonNode question = ok(target.get("dave", REST + "/questions?community=" + SPACE + "&state=accepted")).json();
        assertThat(question.at("/results/0/title").asText(), is("How fine should espresso be ground, really?"));
        assertThat(ok(target.get("dave", REST + "/communities/" + SPACE)).json().get("memberCount").asInt(), is(3));
        JsonNode member = ok(target.get("dave", REST + "/communities/" + SPACE + "/members?limit=1")).json()
                .at("/results/0");
        JsonNode found = ok(target.get("dave", REST + "/communities/" + SPACE + "/members?query="
                + member.get("username").asText())).json().get("results");
        assertThat(found.toString(), found.findValuesAsText("username").contains(member.get("username").asText()),
                is(true));
        JsonNode stream = ok(target.get("dave", REST + "/activity?community=" + SPACE + "&limit=50")).json();
        assertThat(stream.toString(), stream.get("entries").size() > 0, is(true));
        assertThat(stream.toString(), containsString("/plugins/servlet/guildhall/questions/"));
    }

    /** Activity is recorded off the request thread: waits (bounded) until every entry is in before exporting. */
    private static String exportOnceActivityIsRecorded() {
        String archive = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            archive = ok(source.get("admin", REST + "/communities/" + SPACE + "/export")).body();
            if (new Response(200, archive, "application/json", null).json().at("/activity").size()
                    >= ACTIVITY_ENTRIES) {
                return archive;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return archive;
    }

    @Test
    public void export_isForSpaceAdminsAndSystemAdmins_andPrivateCommunitiesStayInvisible() {
        String export = REST + "/communities/" + SPACE + "/export";
        assertThat(source.get("alice", export).status(), is(200));
        assertThat(source.get(null, export).status(), is(401));
        assertThat(source.get("dave", export).status(), is(403));   // can view the space, not a member
        assertThat(source.get("bob", export).status(), is(403));    // member
        assertThat(source.get("carol", export).status(), is(403));  // moderator
        assertThat(source.get("dave", REST + "/communities/QC/export").status(), is(404)); // private, outsider
        assertThat(source.get("admin", REST + "/communities/NOSUCHSPACE/export").status(), is(404));
    }

    @Test
    public void import_isForSystemAdminsOnly_andRefusesWhatIsNotAnArchive() {
        String minimal = "{\"format\":\"guildhall-community-archive\",\"version\":1,\"community\":{\"spaceKey\":\""
                + SPACE + "\"}}";
        assertThat(target.postJson(null, REST + "/import/archive", minimal).status(), is(401));
        assertThat(target.postJson("alice", REST + "/import/archive", minimal).status(), is(403));
        assertField(target.postJson("admin", REST + "/import/archive", "[1,2]"), "body");
        assertField(target.postJson("admin", REST + "/import/archive", "{\"format\":\"zip\",\"community\":{}}"),
                "format");
        assertField(target.postJson("admin", REST + "/import/archive",
                minimal.replace("\"version\":1", "\"version\":99")), "version");
        assertField(target.postJson("admin", REST + "/import/archive", minimal.replace(SPACE, "NOSUCHSPACE")),
                "community.spaceKey");
        // a cross-site form cannot send an archive (refused like every form post to the REST API)
        assertThat(target.send("POST", "admin", REST + "/import/archive", "application/x-www-form-urlencoded",
                "a=b", "Accept", "application/json").status(), either(is(403)).or(is(415)));
    }

    private static void assertField(Response response, String field) {
        assertThat(response.body(), response.status(), is(400));
        assertThat(response.body(), response.json().at("/errors").has(field), is(true));
    }

    private static Response ok(Response response) {
        assertThat(response.body(), response.status() / 100, is(2));
        return response;
    }
}

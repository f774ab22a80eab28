package org.guildhall.privacy.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

/**
 * Privacy end to end in the workbench (H2 here; the same SQL runs on PostgreSQL and MariaDB in the DAO's use by the
 * two-node tests): a system administrator exports everything Guildhall holds about a person; when Confluence deletes
 * that person, their answer stays, attributed to a former user, their profile, follows and memberships go, and the
 * community they owned alone gets its longest-standing member as owner.
 */
public class PersonalDataWiredTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String API = "/rest/guildhall/1.0";

    @Test
    public void anExportShowsAPersonsData_andDeletingThemAnonymisesTheirContentAndRemovesTheRest() {
        ConfluenceClient confluence = CONFLUENCE.client();
        long question = confluence.get("alice", API + "/questions?community=COFFEE&limit=1").json()
                .path("results").get(0).path("id").asLong();
        Response answered = confluence.postJson("dave", API + "/questions/" + question + "/answers",
                toJson(Map.of("body", "Dave's answer, kept after he leaves.")));
        assertThat(answered.body(), answered.status(), is(201));
        assertThat(confluence.putJson("dave", API + "/people/me/profile", toJson(Map.of("askMeAbout", "grinders",
                "skills", List.of(), "availability", "available"))).status(), is(200));
        assertThat(confluence.putJson("dave", API + "/follows/topic/espresso", "{}").status() / 100, is(2));
        // dave founds a community that erin joins: he is its only owner
        confluence.createSpace("dave", "DAVES", "Dave's den");
        assertThat(confluence.putJson("dave", API + "/communities/DAVES", toJson(Map.of("name", "Dave's den")))
                .status(), is(200));
        assertThat(confluence.postJson("erin", API + "/communities/DAVES/members/me", "{}").status() / 100, is(2));

        assertThat(confluence.get("alice", API + "/people/wb-key-dave/data").status(), is(403));
        JsonNode export = confluence.get("admin", API + "/people/wb-key-dave/data").json();
        assertThat(export.path("answers").size(), is(1));
        long answer = export.path("answers").get(0).path("ID").asLong();
        assertThat(export.path("profile").size(), is(1));
        assertThat(export.path("follows").size() >= 2, is(true)); // the topic, and the question he answered
        assertThat(export.path("memberships").size() >= 1, is(true));
        assertThat(export.path("memberNameWords").size() >= 1, is(true)); // the words of his name, for member search

        assertThat(confluence.delete("admin", "/rest/workbench/users/dave").status(), is(204));

        JsonNode kept = confluence.get("alice", API + "/answers/" + answer).json();
        assertThat(kept.path("bodyHtml").asText(), org.hamcrest.Matchers.containsString("kept after he leaves"));
        assertThat(kept.path("author").path("userKey").asText(), startsWith("guildhall-former-user:"));
        JsonNode after = confluence.get("admin", API + "/people/wb-key-dave/data").json();
        for (String section : List.of("answers", "profile", "follows", "memberships", "memberNameWords", "questions",
                "votes")) {
            assertThat(section, after.path(section).size(), is(0));
        }
        assertThat(confluence.get("erin", API + "/communities/DAVES").json().path("role")
                .asText(), is("owner"));
    }
}

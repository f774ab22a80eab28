package org.guildhall.expertise.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.PageStore;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Profiles, expertise, endorsements and find-an-expert through the REST API and pages of a running workbench. */
public class ExpertiseResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunity() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", "XPREST", "Expertise rest");
        confluence.grantGroupRead("alice", "XPREST", "confluence-users");
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/XPREST",
                toJson(Map.of("name", "Expertise rest", "visibility", "open", "topics", List.of("grinders"))));
        assertThat(saved.body(), saved.status(), is(200));
        // a topic becomes known when a question carries it
        assertThat(confluence.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of("community", "XPREST",
                "title", "Are blade grinders ever fine?", "body", "Just asking.", "topics", List.of("grinders"))))
                .status(), is(201));
    }

    @Test
    public void profileWithUnknownTopicOrLevel_isA400NamingTheField_andNothingIsSaved() {
        JsonNode before = confluence.get("bob", "/rest/guildhall/1.0/people/wb-key-bob/expertise").json().get("profile");
        Response topic = confluence.putJson("bob", "/rest/guildhall/1.0/people/me/profile",
                toJson(Map.of("skills", List.of(Map.of("topic", "no-such-topic-here", "level", "expert")))));
        Response level = confluence.putJson("bob", "/rest/guildhall/1.0/people/me/profile",
                toJson(Map.of("skills", List.of(Map.of("topic", "grinders", "level", "guru")))));
        Response availability = confluence.putJson("bob", "/rest/guildhall/1.0/people/me/profile",
                toJson(Map.of("availability", "busy", "busyUntil", "yesterday")));

        assertThat(topic.body(), topic.json().get("errors").has("skills[0].topic"), is(true));
        assertThat(level.body(), level.json().get("errors").has("skills[0].level"), is(true));
        assertThat(availability.body(), availability.json().get("errors").has("busyUntil"), is(true));
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/people/wb-key-bob/expertise").json().get("profile"),
                is(before));
    }

    @Test
    public void declareSkill_answer_endorseWithThatAnswer_showsEverywhere() {
        Response profile = confluence.putJson("bob", "/rest/guildhall/1.0/people/me/profile", toJson(Map.of(
                "skills", List.of(Map.of("topic", "Grinders", "level", "expert")), "askMeAbout", "burr grinders",
                "availability", "available")));
        assertThat(profile.body(), profile.status(), is(200));
        long question = confluence.postJson("alice", "/rest/guildhall/1.0/questions", toJson(Map.of(
                "community", "XPREST", "title", "Which burr grinder for espresso?", "body", "Budget is small.",
                "topics", List.of("grinders")))).json().get("id").asLong();
        long answer = confluence.postJson("bob", "/rest/guildhall/1.0/questions/" + question + "/answers",
                toJson(Map.of("body", "A hand grinder with conical burrs."))).json().at("/answers/0/id").asLong();

        Response self = confluence.postJson("bob", "/rest/guildhall/1.0/people/wb-key-bob/endorsements",
                toJson(Map.of("topic", "grinders", "evidence", Map.of("type", "answer", "id", answer))));
        assertThat(self.status(), is(400));
        Response endorsed = confluence.postJson("carol", "/rest/guildhall/1.0/people/wb-key-bob/endorsements",
                toJson(Map.of("topic", "grinders", "evidence", Map.of("type", "answer", "id", answer))));
        assertThat(endorsed.body(), endorsed.status(), is(201));

        JsonNode expertise = confluence.get("dave", "/rest/guildhall/1.0/people/wb-key-bob/expertise").json();
        JsonNode grinders = expertise.at("/topics/0");
        assertThat(grinders.get("topic").asText(), is("grinders"));
        assertThat(grinders.get("level").asText(), is("expert"));
        assertThat(grinders.at("/why/answers").asInt(), is(1));
        assertThat(grinders.at("/endorsements/0/endorser/userKey").asText(), is("wb-key-carol"));
        assertThat(grinders.at("/evidence/0/url").asText(), containsString("/questions/" + question + "#answer-"
                + answer));
        JsonNode experts = confluence.get("dave", "/rest/guildhall/1.0/experts?topic=grinders").json();
        assertThat(experts.at("/results/0/person/userKey").asText(), is("wb-key-bob"));
        assertThat(confluence.get("dave", "/rest/guildhall/1.0/experts?topic=grinders&limit=500").status(), is(400));
        Response page = confluence.getHtml("dave", "/plugins/servlet/guildhall/people/wb-key-bob");
        assertThat(page.body(), page.status(), is(200));
        assertThat(page.body(), containsString("Carol Castillo"));

        long id = endorsed.json().get("id").asLong();
        assertThat(confluence.delete("dave", "/rest/guildhall/1.0/people/wb-key-bob/endorsements/" + id).status(),
                is(403));
        assertThat(confluence.delete("carol", "/rest/guildhall/1.0/people/wb-key-bob/endorsements/" + id).status(),
                is(204));
    }

    @Test
    public void confluenceUserProfile_showsTheExpertisePanel_linkingToThePersonPage() {
        confluence.putJson("erin", "/rest/guildhall/1.0/people/me/profile", toJson(Map.of(
                "skills", List.of(Map.of("topic", "grinders", "level", "practitioner")))));

        for (String path : List.of("/users/viewuserprofile.action?username=erin", "/display/~erin")) {
            Response profile = confluence.getHtml("dave", path);
            assertThat(profile.body(), profile.status(), is(200));
            assertThat(profile.body(), containsString("guildhall-profile-card"));
            assertThat(profile.body(), containsString("/plugins/servlet/guildhall/people/wb-key-erin"));
            assertThat(profile.body(), containsString(">grinders<"));
        }
        assertThat(confluence.getHtml("dave", "/users/viewuserprofile.action?username=nobody-here").status(),
                is(404));
    }

    @Test
    public void labelledPage_countsAsEvidence_butNotForReadersItIsRestrictedFrom() throws InterruptedException {
        String pageId = confluence.createPage("alice", "XPREST", "Calibrating burr grinders", "<p>Steps.</p>",
                List.of("grinders"));
        int pages = 0;
        for (int attempt = 0; attempt < 100 && pages == 0; attempt++) {
            Thread.sleep(50);
            pages = grinderPages("dave");
        }
        assertThat(pages, is(1));
        Response page = confluence.getHtml("dave", "/plugins/servlet/guildhall/people/wb-key-alice");
        assertThat(page.body(), containsString("Calibrating burr grinders"));
        assertThat(page.body(), containsString("/pages/viewpage.action?pageId=" + pageId));

        CONFLUENCE.bean(PageStore.class).restrictViewing(Long.parseLong(pageId), List.of("wb-key-alice"));

        assertThat(grinderPages("dave"), is(0));
        assertThat(confluence.getHtml("dave", "/plugins/servlet/guildhall/people/wb-key-alice").body(),
                not(containsString("Calibrating burr grinders")));
        assertThat(grinderPages("alice"), is(1));
    }

    private static int grinderPages(String reader) {
        for (JsonNode topic : confluence.get(reader, "/rest/guildhall/1.0/people/wb-key-alice/expertise").json()
                .get("topics")) {
            if (topic.get("topic").asText().equals("grinders")) {
                return topic.at("/why/pages").asInt();
            }
        }
        return 0;
    }
}

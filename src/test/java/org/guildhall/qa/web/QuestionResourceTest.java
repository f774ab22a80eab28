package org.guildhall.qa.web;

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
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Asking, answering, voting, accepting and listing through the REST API of a running workbench. */
public class QuestionResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpCommunity() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", "QAREST", "Q&A rest");
        confluence.grantGroupRead("alice", "QAREST", "confluence-users");
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/QAREST",
                toJson(Map.of("name", "Q&A rest", "visibility", "open", "topics", List.of("espresso", "milk"))));
        assertThat(saved.body(), saved.status(), is(200));
    }

    @Test
    public void askAnswerVoteAccept_showsEverythingInTheQuestionJson() {
        Response asked = confluence.postJson("alice", QUESTIONS, toJson(Map.of("community", "QAREST",
                "title", "How fine should espresso be ground?", "body", "I use **two** grams <script>alert(1)</script>",
                "topics", List.of("Espresso"))));
        assertThat(asked.body(), asked.status(), is(201));
        long id = asked.json().get("id").asLong();
        assertThat(asked.json().get("bodyHtml").asText(), not(containsString("<script")));
        assertThat(asked.json().get("bodyHtml").asText(), containsString("<strong>two</strong>"));
        assertThat(asked.json().get("topics").get(0).asText(), is("espresso"));
        assertThat(asked.json().at("/can/vote").asBoolean(), is(false));
        assertThat(asked.json().at("/can/accept").asBoolean(), is(true));

        Response answered = confluence.postJson("bob", QUESTIONS + "/" + id + "/answers",
                toJson(Map.of("body", "Like fine sand.")));
        assertThat(answered.body(), answered.status(), is(201));
        long answerId = answered.json().at("/answers/0/id").asLong();

        assertThat(confluence.putJson("bob", QUESTIONS + "/" + id + "/vote", "{\"value\":1}").json()
                .get("score").asInt(), is(1));
        Response own = confluence.putJson("bob", "/rest/guildhall/1.0/answers/" + answerId + "/vote", "{\"value\":1}");
        assertThat(own.status(), is(403));
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/answers/" + answerId + "/vote", "{\"value\":1}")
                .json().get("score").asInt(), is(1));
        Response accepted = confluence.putJson("alice", "/rest/guildhall/1.0/answers/" + answerId + "/accept", "{}");
        assertThat(accepted.body(), accepted.status(), is(200));

        JsonNode question = confluence.get("carol", QUESTIONS + "/" + id).json();
        assertThat(question.get("state").asText(), is("accepted"));
        assertThat(question.get("score").asInt(), is(1));
        assertThat(question.at("/answers/0/accepted").asBoolean(), is(true));
        assertThat(question.at("/answers/0/author/reputation").asInt(), is(25));
        assertThat(question.at("/can/vote").asBoolean(), is(true));
        assertThat(question.at("/can/edit").asBoolean(), is(false));

        JsonNode list = confluence.get("carol", QUESTIONS + "?community=QAREST&state=accepted").json();
        assertThat(list.get("results").get(0).get("id").asLong(), is(id));
        assertThat(confluence.get("carol", QUESTIONS + "/" + id + "/revisions").json().size(), is(1));
    }

    @Test
    public void badInput_isA400NamingTheField_andStoresNothing() {
        String before = confluence.get("admin", QUESTIONS + "?community=QAREST&limit=100").body();
        Map<String, Object> good = Map.of("community", "QAREST", "title", "A perfectly fine question title",
                "body", "text", "topics", List.of("milk"));

        assertField(confluence.postJson("bob", QUESTIONS, toJson(with(good, "title", "  "))), "title");
        assertField(confluence.postJson("bob", QUESTIONS, toJson(with(good, "body", "x".repeat(65537)))), "body");
        assertField(confluence.postJson("bob", QUESTIONS, toJson(with(good, "topics", List.of("nonsense-topic")))),
                "topics");
        assertField(confluence.postJson("bob", QUESTIONS, toJson(with(good, "topics", List.of()))), "topics");
        assertThat(confluence.postJson("bob", QUESTIONS, "{\"title\": ").status(), is(400));
        assertThat(confluence.postJson("bob", QUESTIONS, "{\"topics\": 5}").status(), is(400));

        assertThat(confluence.get("admin", QUESTIONS + "?community=QAREST&limit=100").body(), is(before));
    }

    @Test
    public void aDeletedQuestion_refusesVotesAndIsHiddenFromReadersButNotFromModerators() {
        long id = confluence.postJson("alice", QUESTIONS, toJson(Map.of("community", "QAREST",
                "title", "Is this question going away?", "body", "text", "topics", List.of("milk"))))
                .json().get("id").asLong();
        assertThat(confluence.delete("alice", QUESTIONS + "/" + id).status(), is(204));

        assertThat(confluence.putJson("bob", QUESTIONS + "/" + id + "/vote", "{\"value\":1}").status(), is(404));
        assertThat(confluence.get("bob", QUESTIONS + "/" + id).status(), is(404));
        assertThat(confluence.get("alice", QUESTIONS + "/" + id).json().at("/can/restore").asBoolean(), is(true));
        assertThat(confluence.postJson("alice", QUESTIONS + "/" + id + "/restore", "{}").status(), is(200));
        assertThat(confluence.get("bob", QUESTIONS + "/" + id).status(), is(200));
    }

    @Test
    public void votingOnADeletedPost_isA409ExplainingWhy_forModeratorsWhoStillSeeIt_andChangesNothing() {
        long id = confluence.postJson("bob", QUESTIONS, toJson(Map.of("community", "QAREST",
                "title", "Will votes on deleted posts count?", "body", "text", "topics", List.of("milk"))))
                .json().get("id").asLong();
        long answerId = confluence.postJson("carol", QUESTIONS + "/" + id + "/answers",
                toJson(Map.of("body", "Let us find out."))).json().at("/answers/0/id").asLong();
        assertThat(confluence.delete("carol", "/rest/guildhall/1.0/answers/" + answerId).status(), is(204));
        String answerBefore = confluence.get("alice", "/rest/guildhall/1.0/answers/" + answerId).body();

        Response onAnswer = confluence.putJson("alice", "/rest/guildhall/1.0/answers/" + answerId + "/vote",
                "{\"value\":1}");

        assertThat(onAnswer.body(), onAnswer.status(), is(409));
        assertThat(onAnswer.json().get("message").asText(), is("You cannot vote on a deleted post."));
        assertThat(confluence.get("alice", "/rest/guildhall/1.0/answers/" + answerId).body(), is(answerBefore));

        assertThat(confluence.delete("bob", QUESTIONS + "/" + id).status(), is(204));
        String questionBefore = confluence.get("alice", QUESTIONS + "/" + id).body();
        Response onQuestion = confluence.putJson("alice", QUESTIONS + "/" + id + "/vote", "{\"value\":-1}");

        assertThat(onQuestion.body(), onQuestion.status(), is(409));
        assertThat(onQuestion.json().get("message").asText(), is("You cannot vote on a deleted post."));
        assertThat(confluence.get("alice", QUESTIONS + "/" + id).body(), is(questionBefore));
    }

    @Test
    public void aCommunitysNewTopics_areSuggestedAndUsableAtOnceAfterSaving() {
        assertThat(confluence.get("bob", "/rest/guildhall/1.0/topics?query=ristretto").body(), is("[]"));
        Response saved = confluence.putJson("alice", "/rest/guildhall/1.0/communities/QAREST",
                toJson(Map.of("name", "Q&A rest", "topics", List.of("espresso", "milk", "Ristretto"))));
        assertThat(saved.body(), saved.status(), is(200));

        JsonNode suggested = confluence.get("bob", "/rest/guildhall/1.0/topics?query=ristr").json();
        Response asked = confluence.postJson("bob", QUESTIONS, toJson(Map.of("community", "QAREST",
                "title", "How much milk goes into a ristretto?", "body", "text", "topics", List.of("ristretto"))));
        JsonNode page = confluence.get("bob", "/rest/guildhall/1.0/topics/ristretto").json();

        assertThat(suggested.size(), is(1));
        assertThat(suggested.get(0).get("name").asText(), is("ristretto"));
        assertThat(asked.body(), asked.status(), is(201));
        assertThat(page.get("known").asBoolean(), is(true));
        assertThat(page.get("questionCount").asInt(), is(1));
    }

    @Test
    public void followingATopic_showsInItsPageAndCanBeUndone() {
        String topic = "/rest/guildhall/1.0/topics/milk";
        int followers = confluence.get("carol", topic).json().get("followerCount").asInt();

        Response followed = confluence.putJson("carol", topic + "/follow", "{}");
        Response again = confluence.putJson("carol", topic + "/follow", "{}");

        assertThat(followed.body(), followed.status(), is(200));
        assertThat(followed.json().get("following").asBoolean(), is(true));
        assertThat(again.json().get("followerCount").asInt(), is(followers + 1));
        assertThat(confluence.get("carol", topic).json().get("following").asBoolean(), is(true));
        assertThat(confluence.get("bob", topic).json().get("following").asBoolean(), is(false));

        Response unfollowed = confluence.delete("carol", topic + "/follow");
        assertThat(unfollowed.json().get("following").asBoolean(), is(false));
        assertThat(unfollowed.json().get("followerCount").asInt(), is(followers));
        assertThat(confluence.putJson("carol", "/rest/guildhall/1.0/topics/no-such-topic-here/follow", "{}").status(),
                is(404));
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    private static void assertField(Response response, String field) {
        assertThat(response.body(), response.status(), is(400));
        assertThat(response.body(), response.json().get("errors").has(field), is(true));
    }
}

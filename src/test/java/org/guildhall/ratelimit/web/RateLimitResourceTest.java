package org.guildhall.ratelimit.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Asking, answering, commenting, voting and similar-question look-ups are limited per person: two an hour here (set
 * through the system properties an administrator would set), so the third is 429 with {@code Retry-After} and the
 * JSON error in the caller's language, and changes nothing; other people are not affected.
 */
public class RateLimitResourceTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String API = "/rest/guildhall/1.0";
    private static final List<String> ACTIONS = List.of("ask", "answer", "comment", "vote", "similar-questions");
    private static final Map<String, String> BEFORE = new HashMap<>();
    private static ConfluenceClient confluence;
    private static long question;

    @BeforeClass
    public static void limitToTwoAnHour() {
        for (String action : ACTIONS) {
            String property = "org.guildhall.rate-limit." + action;
            BEFORE.put(property, System.getProperty(property));
            System.setProperty(property, "2/3600");
        }
        confluence = CONFLUENCE.client();
        question = ask("alice", "Which grinder suits a ristretto?").json().get("id").asLong();
    }

    @AfterClass
    public static void restoreLimits() {
        BEFORE.forEach((property, value) -> {
            if (value == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, value);
            }
        });
    }

    @Test
    public void asking_aThirdQuestionWithinTheWindow_is429WithRetryAfter_andStoresNothing() {
        assertThat(ask("bob", "First rate-limited question?").status(), is(201));
        assertThat(ask("bob", "Second rate-limited question?").status(), is(201));

        Response third = ask("bob", "Third rate-limited question?");

        assertTooMany(third, "at most 2 times in 3600 seconds");
        assertThat(confluence.get("admin", API + "/questions?author=wb-key-bob&limit=100").body(),
                allOf(containsString("Second rate-limited"), org.hamcrest.Matchers.not(containsString("Third"))));
        assertThat("another person may still ask", ask("carol", "Carol's own question?").status(), is(201));
    }

    @Test
    public void answering_commentingAndVoting_areEachLimitedPerPerson() {
        String answer = "{\"body\":\"Try a conical burr grinder.\"}";
        String comment = "{\"body\":\"Which roast?\"}";
        for (int i = 0; i < 2; i++) {
            assertThat(confluence.postJson("dave", API + "/questions/" + question + "/answers", answer).status(),
                    is(201));
            assertThat(confluence.postJson("dave", API + "/questions/" + question + "/comments", comment).status(),
                    is(201));
            assertThat(confluence.putJson("dave", API + "/questions/" + question + "/vote", "{\"value\":1}")
                    .status(), is(200));
        }
        int answers = answerCount();

        assertTooMany(confluence.postJson("dave", API + "/questions/" + question + "/answers", answer), "at most 2");
        assertTooMany(confluence.postJson("dave", API + "/questions/" + question + "/comments", comment), "at most 2");
        assertTooMany(confluence.putJson("dave", API + "/questions/" + question + "/vote", "{\"value\":-1}"),
                "at most 2");
        assertThat(answerCount(), is(answers));
        assertThat("the refused down vote did not count",
                confluence.get("dave", API + "/questions/" + question).json().get("myVote").asInt(), is(1));
    }

    @Test
    public void similarQuestionLookUps_areLimited_andTheErrorIsInTheCallersLanguage() {
        String lookUp = API + "/questions/similar?title=grinder";
        assertThat(confluence.get("erin", lookUp).status(), is(200));
        assertThat(confluence.get("erin", lookUp).status(), is(200));

        assertTooMany(confluence.get("erin", lookUp), "höchstens 2");
    }

    private static void assertTooMany(Response response, String messagePart) {
        assertThat(response.body(), response.status(), is(429));
        long retryAfter = Long.parseLong(response.header("Retry-After").orElse("0"));
        assertThat(retryAfter, allOf(greaterThan(0L), lessThanOrEqualTo(3600L)));
        JsonNode error = response.json();
        assertThat(error.get("status").asInt(), is(429));
        assertThat(error.get("message").asText(), containsString(messagePart));
    }

    private static int answerCount() {
        return confluence.get("admin", API + "/questions/" + question).json().get("answers").size();
    }

    private static Response ask(String user, String title) {
        return confluence.postJson(user, API + "/questions", toJson(Map.of("community", "COFFEE", "title", title,
                "body", "Asked by the rate-limit test.", "topics", List.of("espresso"))));
    }
}

package org.guildhall.qa.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.web.ReaderMatrix;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.guildhall.community.web.ReaderMatrix.PRIVATE_SPACE;
import static org.guildhall.community.web.ReaderMatrix.ROWS;
import static org.guildhall.community.web.ReaderMatrix.SPACE;
import static org.guildhall.community.web.ReaderMatrix.assertMatrix;
import static org.guildhall.community.web.ReaderMatrix.key;
import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

/**
 * The permission matrix of every Q&A REST endpoint: one cell per kind of reader of {@link ReaderMatrix} and per
 * endpoint, on a question in community {@value ReaderMatrix#SPACE} (its space readable by every logged-in user) and on
 * one in the private community {@value ReaderMatrix#PRIVATE_SPACE} (only its member, alice — who administers the space
 * — and the system administrator may view it). The posts are written by two people outside the rows (hxevil asks and
 * comments, carol answers; both are granted view of the private space directly), so each row shows its role, not
 * authorship. Every cell that changes something starts from a fresh question; every refusal is checked by re-reading
 * the question as the system administrator (and its followers): nothing changed. A hidden question is 404 and its
 * title appears in no response body.
 */
public class QaPermissionMatrixTest {

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String API = "/rest/guildhall/1.0";
    private static final String ASKER = "hxevil";
    private static final String ANSWERER = "carol";
    /** Topics of the fixtures; {@code espresso} and {@code cellar-secrets} are kept for the topic-count cells. */
    private static final Map<String, String> FIXTURE_TOPIC = Map.of(SPACE, "latte-art", PRIVATE_SPACE, "cellar-notes");
    private static final Set<String> MODERATORS_OF_OPEN = Set.of("moderator", "owner", "spaceAdmin", "systemAdmin");
    private static final Set<String> VIEWERS_OF_PRIVATE = Set.of("member", "spaceAdmin", "systemAdmin");
    private static final Set<String> MODERATORS_OF_PRIVATE = Set.of("spaceAdmin", "systemAdmin");
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void setUpReaders() {
        confluence = CONFLUENCE.client();
        ReaderMatrix.setUp(CONFLUENCE);
        ReaderMatrix.setUpPrivateCommunity(CONFLUENCE);
        SpacePermissionStore permissions = CONFLUENCE.bean(SpacePermissionStore.class);
        for (String writer : List.of(ASKER, ANSWERER)) {
            permissions.grant(PRIVATE_SPACE, SubjectType.USER, key(writer), SpacePermission.READ);
        }
        Response topics = confluence.putJson("alice", API + "/communities/" + PRIVATE_SPACE, toJson(Map.of(
                "name", ReaderMatrix.PRIVATE_NAME, "topics", List.of("cellar-notes", "cellar-secrets"))));
        assertThat(topics.body(), topics.status(), is(200));
    }

    /** The state a cell's question is in before the reader acts. */
    enum State {
        /** asked, answered by carol, commented on by the asker */
        OPEN, CLOSED, ACCEPTED, QUESTION_DELETED, ANSWER_DELETED
    }

    /** A question in one community, with one answer and one comment on the question. */
    record Fixture(String spaceKey, long question, long answer, long comment, String title) {

        String path(String template) {
            return API + template.replace("{q}", String.valueOf(question)).replace("{a}", String.valueOf(answer))
                    .replace("{c}", String.valueOf(comment));
        }
    }

    /**
     * One row of the table: an endpoint, what it needs, and its outcome for a reader who may view the community as a
     * plain participant, as a moderator (moderators, owners, space and system administrators) and when banned.
     */
    record Endpoint(String method, String path, String body, State state, String participant, String moderator,
                    String banned) {

        boolean changes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final String QUESTION = "/questions/{q}";
    private static final String ANSWER = "/answers/{a}";

    /** Every Q&A endpoint that acts on one question, answer or comment. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", QUESTION, null, State.OPEN, "200", "200", "200"),
            new Endpoint("PUT", QUESTION, "EDIT_QUESTION", State.OPEN, "403", "200", "403"),
            new Endpoint("DELETE", QUESTION, null, State.OPEN, "403", "204", "403"),
            new Endpoint("POST", QUESTION + "/restore", null, State.QUESTION_DELETED, "404", "200", "404"),
            new Endpoint("GET", QUESTION + "/revisions", null, State.OPEN, "200", "200", "200"),
            new Endpoint("POST", QUESTION + "/answers", "{\"body\":\"An answer from the matrix.\"}", State.OPEN,
                    "201", "201", "403"),
            new Endpoint("POST", QUESTION + "/comments", "{\"body\":\"A comment from the matrix.\"}", State.OPEN,
                    "201", "201", "403"),
            new Endpoint("PUT", QUESTION + "/vote", "{\"value\":1}", State.OPEN, "200", "200", "403"),
            new Endpoint("PUT", QUESTION + "/close", "{\"reason\":\"resolved\"}", State.OPEN, "403", "200", "403"),
            new Endpoint("DELETE", QUESTION + "/close", null, State.CLOSED, "403", "200", "403"),
            new Endpoint("PUT", QUESTION + "/follow", null, State.OPEN, "200", "200", "200"),
            new Endpoint("DELETE", QUESTION + "/follow", null, State.OPEN, "200", "200", "200"),
            new Endpoint("GET", ANSWER, null, State.OPEN, "200", "200", "200"),
            new Endpoint("PUT", ANSWER, "{\"revision\":1,\"body\":\"Edited by the matrix.\"}", State.OPEN,
                    "403", "200", "403"),
            new Endpoint("DELETE", ANSWER, null, State.OPEN, "403", "204", "403"),
            new Endpoint("POST", ANSWER + "/restore", null, State.ANSWER_DELETED, "404", "200", "404"),
            new Endpoint("GET", ANSWER + "/revisions", null, State.OPEN, "200", "200", "200"),
            new Endpoint("PUT", ANSWER + "/vote", "{\"value\":-1}", State.OPEN, "200", "200", "403"),
            new Endpoint("PUT", ANSWER + "/accept", null, State.OPEN, "403", "200", "403"),
            new Endpoint("DELETE", ANSWER + "/accept", null, State.ACCEPTED, "403", "200", "403"),
            new Endpoint("POST", ANSWER + "/comments", "{\"body\":\"A comment on the answer.\"}", State.OPEN,
                    "201", "201", "403"),
            new Endpoint("DELETE", "/comments/{c}", null, State.OPEN, "403", "204", "403"));

    @Test
    public void everyEndpointOnAQuestion_inTheOpenCommunity_answersEachReaderByTheirRole() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            collect(wrong, SPACE, endpoint);
        }
        assertThat(wrong, is(empty()));
    }

    @Test
    public void everyEndpointOnAQuestion_inThePrivateCommunity_is404ToEveryoneWhoCannotViewItsSpace() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            collect(wrong, PRIVATE_SPACE, endpoint);
        }
        assertThat(wrong, is(empty()));
    }

    @Test
    public void asking_isForEveryoneWhoMayViewTheCommunityButBannedPeople_andARefusalStoresNothing() {
        for (String spaceKey : List.of(SPACE, PRIVATE_SPACE)) {
            Map<String, String> expected = expected(spaceKey, "201", "201", "403", true);
            assertMatrix("POST /questions in " + spaceKey, expected, (row, login) -> {
                int before = questionCount(spaceKey);
                String title = "Asked by the matrix row " + row + " " + SERIAL.incrementAndGet();
                Response response = confluence.postJson(login, API + "/questions", toJson(Map.of("community",
                        spaceKey, "title", title, "body", "Body", "topics", List.of(FIXTURE_TOPIC.get(spaceKey)))));
                if (response.status() == 201) {
                    return response.json().get("title").asText().equals(title) && questionCount(spaceKey) == before + 1
                            ? "201" : "201 but " + response.body();
                }
                return response.status() + (questionCount(spaceKey) == before ? " unchanged" : " but stored")
                        + errorShape(response, title);
            });
        }
    }

    @Test
    public void questionLists_showAQuestionOnlyToReadersWhoMayViewItsCommunity() {
        for (String spaceKey : List.of(SPACE, PRIVATE_SPACE)) {
            Fixture fixture = fixture(spaceKey, State.OPEN);
            Map<String, String> expected = new LinkedHashMap<>();
            ROWS.keySet().forEach(row -> expected.put(row, row.equals("anonymous") ? "401"
                    : canView(spaceKey, row) ? "200 shown shown shown" : "200 hidden hidden hidden"));
            assertMatrix("GET /questions with a question of " + spaceKey, expected, (row, login) -> {
                List<String> seen = new ArrayList<>();
                for (String query : List.of("?limit=100", "?community=" + spaceKey,
                        "?topic=" + FIXTURE_TOPIC.get(spaceKey) + "&limit=100")) {
                    Response response = confluence.get(login, API + "/questions" + query);
                    if (response.status() != 200) {
                        return String.valueOf(response.status());
                    }
                    boolean shown = false;
                    for (JsonNode question : response.json().get("results")) {
                        shown |= question.get("id").asLong() == fixture.question();
                    }
                    seen.add(shown ? "shown" : "hidden");
                }
                return "200 " + String.join(" ", seen);
            });
        }
    }

    @Test
    public void topicPagesAndCounts_countOnlyQuestionsTheReaderMayView_andAPrivateCommunitysTopicIs404ToOutsiders() {
        ask(SPACE, "espresso", "Counted in the open community");
        ask(PRIVATE_SPACE, "cellar-secrets", "Secret counted question");
        long deleted = ask(PRIVATE_SPACE, "cellar-secrets", "Secret deleted question");
        assertThat(confluence.delete("admin", API + "/questions/" + deleted).status(), is(204));
        // other cells ask with these topics too: each reader who sees them sees every live one, as the admin does
        int espresso = confluence.get("admin", API + "/topics/espresso").json().get("questionCount").asInt();
        int secrets = confluence.get("admin", API + "/topics/cellar-secrets").json().get("questionCount").asInt();
        assertThat(secrets, is(questionsWithTopic(PRIVATE_SPACE, "cellar-secrets")));

        Map<String, String> openTopic = new LinkedHashMap<>();
        ROWS.keySet().forEach(row -> openTopic.put(row, row.equals("anonymous") ? "401"
                : row.equals("outsider") ? "404" : "200 espresso " + espresso));
        assertMatrix("GET /topics/espresso", openTopic, (row, login) -> topicCell(login, "espresso"));

        Map<String, String> privateTopic = new LinkedHashMap<>();
        ROWS.keySet().forEach(row -> privateTopic.put(row, row.equals("anonymous") ? "401"
                : VIEWERS_OF_PRIVATE.contains(row) ? "200 cellar-secrets " + secrets : "404"));
        assertMatrix("GET /topics/cellar-secrets", privateTopic, (row, login) -> topicCell(login, "cellar-secrets"));
    }

    @Test
    public void topicSuggestions_offerAPrivateCommunitysTopicsOnlyToReadersWhoMayViewIt() {
        ask(PRIVATE_SPACE, "cellar-secrets", "Secret suggested question");
        Map<String, String> expected = new LinkedHashMap<>();
        ROWS.keySet().forEach(row -> expected.put(row, row.equals("anonymous") ? "401"
                : VIEWERS_OF_PRIVATE.contains(row) ? "200 [cellar-notes, cellar-secrets] [latte-art]"
                : row.equals("outsider") ? "200 [] []" : "200 [] [latte-art]"));
        assertMatrix("GET /topics?query=", expected, (row, login) -> {
            StringBuilder cell = new StringBuilder();
            for (String query : List.of("cellar", "latte-a")) {
                Response response = confluence.get(login, API + "/topics?query=" + query);
                if (response.status() != 200) {
                    return String.valueOf(response.status());
                }
                TreeSet<String> names = new TreeSet<>();
                response.json().forEach(topic -> names.add(topic.get("name").asText()));
                cell.append(cell.length() == 0 ? "200 " : " ").append(names);
            }
            return cell.toString();
        });
    }

    @Test
    public void followingAPrivateCommunitysTopic_is404ToOutsiders_andARefusalAddsNoFollower() {
        ask(PRIVATE_SPACE, "cellar-secrets", "Secret followed question");
        String path = API + "/topics/cellar-secrets/follow";
        FollowDao follows = CONFLUENCE.bean(FollowDao.class);
        Map<String, String> expected = new LinkedHashMap<>();
        ROWS.keySet().forEach(row -> expected.put(row, row.equals("anonymous") ? "401 unchanged"
                : VIEWERS_OF_PRIVATE.contains(row) ? "200 following, then not" : "404 unchanged"));
        assertMatrix("PUT and DELETE " + path, expected, (row, login) -> {
            List<String> before = follows.followers("topic", "cellar-secrets");
            Response response = confluence.putJson(login, path, "{}");
            if (response.status() != 200) {
                return response.status() + (follows.followers("topic", "cellar-secrets").equals(before)
                        ? " unchanged" : " but changed") + errorShape(response, "Secret");
            }
            boolean following = response.json().get("following").asBoolean();
            Response undone = confluence.delete(login, path);
            return "200 " + (following ? "following" : "not following") + ", then "
                    + (undone.json().get("following").asBoolean() ? "still" : "not");
        });
    }

    private static String topicCell(String login, String topic) {
        Response response = confluence.get(login, API + "/topics/" + topic);
        if (response.status() != 200) {
            return response.status() + errorShape(response, "Secret");
        }
        return "200 " + response.json().get("name").asText() + " " + response.json().get("questionCount").asInt();
    }

    private static void collect(List<String> wrong, String spaceKey, Endpoint endpoint) {
        Fixture shared = endpoint.changes() ? null : fixture(spaceKey, endpoint.state());
        Map<String, String> expected = expected(spaceKey, endpoint.participant(), endpoint.moderator(),
                endpoint.banned(), endpoint.changes());
        for (Map.Entry<String, String> row : ROWS.entrySet()) {
            Fixture fixture = shared != null ? shared : fixture(spaceKey, endpoint.state());
            String actual = cell(fixture, endpoint, row.getValue());
            if (!actual.equals(expected.get(row.getKey()))) {
                wrong.add(row.getKey() + " " + endpoint + " in " + spaceKey + ": expected "
                        + expected.get(row.getKey()) + " but was " + actual);
            }
        }
    }

    /** The expected cell of every row, from whether the row may view the community and moderates it. */
    private static Map<String, String> expected(String spaceKey, String participant, String moderator, String banned,
                                                boolean changes) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String row : ROWS.keySet()) {
            String outcome;
            if (row.equals("anonymous")) {
                outcome = "401";
            } else if (!canView(spaceKey, row)) {
                outcome = "404";
            } else if ((spaceKey.equals(SPACE) ? MODERATORS_OF_OPEN : MODERATORS_OF_PRIVATE).contains(row)) {
                outcome = moderator;
            } else if (row.equals("banned")) {
                outcome = banned;
            } else {
                outcome = participant;
            }
            boolean refused = outcome.startsWith("4");
            expected.put(row, outcome + (refused && changes ? " unchanged" : ""));
        }
        return expected;
    }

    private static boolean canView(String spaceKey, String row) {
        return spaceKey.equals(SPACE) ? !row.equals("outsider") && !row.equals("anonymous")
                : VIEWERS_OF_PRIVATE.contains(row);
    }

    /** What one reader gets from one endpoint: the status, and for refusals whether anything changed. */
    private static String cell(Fixture fixture, Endpoint endpoint, String login) {
        String before = snapshot(fixture);
        String body = "EDIT_QUESTION".equals(endpoint.body()) ? toJson(Map.of("revision", 1,
                "title", "Edited by the matrix " + SERIAL.incrementAndGet(), "body", "Edited.",
                "topics", List.of(FIXTURE_TOPIC.get(fixture.spaceKey())))) : endpoint.body();
        Response response = confluence.send(endpoint.method(), login, fixture.path(endpoint.path()),
                body == null ? null : "application/json", body == null ? (endpoint.changes()
                        && !endpoint.method().equals("DELETE") ? "{}" : null) : body, "Accept", "application/json");
        int status = response.status();
        if (status >= 400) {
            return status + (endpoint.changes() ? snapshot(fixture).equals(before) ? " unchanged" : " but changed"
                    : "") + errorShape(response, fixture.title());
        }
        if (status == 204) {
            return response.body().isEmpty() ? "204" : "204 with a body";
        }
        JsonNode json = response.json();
        boolean aboutFixture = json.isArray() || json.path("id").asLong() == fixture.question()
                || json.path("id").asLong() == fixture.answer() || json.has("score") || json.has("following");
        return aboutFixture ? String.valueOf(status) : status + " about something else: " + response.body();
    }

    /** Empty when the error is the app's JSON error with this status and does not quote the hidden title. */
    private static String errorShape(Response response, String hiddenTitle) {
        if (response.body().contains(hiddenTitle)) {
            return " revealing the title";
        }
        if (response.status() == 401) {
            return "";
        }
        try {
            JsonNode error = response.json();
            return error.path("status").asInt() == response.status() && !error.path("message").asText().isBlank()
                    ? "" : " with body " + response.body();
        } catch (RuntimeException notJson) {
            return " with body " + response.body();
        }
    }

    /** The question as the system administrator sees it (deleted posts included) and its followers. */
    private static String snapshot(Fixture fixture) {
        Response question = confluence.get("admin", fixture.path(QUESTION));
        List<String> followers = CONFLUENCE.bean(FollowDao.class).followers("question",
                String.valueOf(fixture.question()));
        return question.status() + " " + question.body() + " " + followers;
    }

    /** Live questions with the topic, counted from the admin's question list. */
    private static int questionsWithTopic(String spaceKey, String topic) {
        return confluence.get("admin", API + "/questions?limit=100&community=" + spaceKey + "&topic=" + topic).json()
                .get("results").size();
    }

    private static int questionCount(String spaceKey) {
        return confluence.get("admin", API + "/questions?limit=100&community=" + spaceKey).json().get("results")
                .size();
    }

    private static long ask(String spaceKey, String topic, String title) {
        Response asked = confluence.postJson(ASKER, API + "/questions", toJson(Map.of("community", spaceKey,
                "title", title + " " + SERIAL.incrementAndGet(), "body", "Asked for the matrix.",
                "topics", List.of(topic))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    /** A fresh question in the community, brought into the state through the API. */
    private static Fixture fixture(String spaceKey, State state) {
        String title = (spaceKey.equals(PRIVATE_SPACE) ? "Secret cellar question " : "Matrix question ")
                + SERIAL.incrementAndGet();
        long question = ask(spaceKey, FIXTURE_TOPIC.get(spaceKey), title);
        title = confluence.get(ASKER, API + "/questions/" + question).json().get("title").asText();
        Response answered = confluence.postJson(ANSWERER, API + "/questions/" + question + "/answers",
                toJson(Map.of("body", "An answer to build on.")));
        assertThat(answered.body(), answered.status(), is(201));
        long answer = answered.json().at("/answers/0/id").asLong();
        Response commented = confluence.postJson(ASKER, API + "/questions/" + question + "/comments",
                toJson(Map.of("body", "A comment to build on.")));
        assertThat(commented.body(), commented.status(), is(201));
        long comment = commented.json().at("/comments/0/id").asLong();
        Fixture fixture = new Fixture(spaceKey, question, answer, comment, title);
        Map<State, Response> steps = new EnumMap<>(State.class);
        switch (state) {
            case CLOSED -> steps.put(state, confluence.putJson("admin", fixture.path(QUESTION + "/close"),
                    "{\"reason\":\"resolved\"}"));
            case ACCEPTED -> steps.put(state, confluence.putJson(ASKER, fixture.path(ANSWER + "/accept"), "{}"));
            case QUESTION_DELETED -> steps.put(state, confluence.delete("admin", fixture.path(QUESTION)));
            case ANSWER_DELETED -> steps.put(state, confluence.delete("admin", fixture.path(ANSWER)));
            case OPEN -> {
            }
        }
        steps.forEach((step, response) -> assertThat(step + ": " + response.body(), response.status() < 300,
                is(true)));
        return fixture;
    }
}

package org.guildhall.expertise.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

/**
 * Find-an-expert and the person page run a constant number of SQL statements, whatever the number of experts or of a
 * person's answers, pages, topics and endorsements: counted through a JDBC proxy around the workbench's H2 driver.
 * The "few" and "many" sides have at least one item of every kind, so that no lookup is skipped on one side only.
 */
public class ExpertiseStatementCountTest {

    static {
        try {
            StatementCountingDriver.install("jdbc:h2:mem:counting-expertise");
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String SPACE = "XPCOUNT";
    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    private static final List<String> EXPERTS = List.of("alice", "bob", "dave", "erin", "admin");

    private static ConfluenceClient confluence;

    @BeforeClass
    public static void buildEvidence() throws InterruptedException {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", SPACE, "Expertise counting");
        confluence.grantGroupRead("alice", SPACE, "confluence-users");
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/communities/" + SPACE, toJson(Map.of("name",
                "Expertise counting", "visibility", "open", "topics", List.of("count-few", "count-many", "topic-0", "topic-1", "topic-2", "topic-3", "topic-4",
                "topic-5")))).status(),
                is(200));
        // "count-few": erin alone, one item of each kind
        long few = ask("carol", "A single question about count-few", "count-few");
        endorse("carol", "erin", "count-few", answer("erin", few));
        confluence.createPage("erin", SPACE, "Erin's count-few notes", "<p>Notes.</p>", List.of("count-few"));
        ask("erin", "Erin asks about count-few too", "count-few");
        // "count-many": five experts, bob with many answers, pages, topics and endorsements
        for (int i = 0; i < 6; i++) {
            long question = ask("carol", "Question number " + i + " about count-many", "count-many", "topic-" + i);
            for (String expert : EXPERTS) {
                long answer = answer(expert, question);
                if (expert.equals("bob") && i < 3) {
                    endorse(List.of("carol", "dave", "erin").get(i), "bob", "count-many", answer);
                }
            }
        }
        for (String expert : EXPERTS) {
            for (int i = 0; i < 3; i++) {
                confluence.createPage(expert, SPACE, expert + "'s count-many page " + i, "<p>Notes.</p>",
                        List.of("count-many", "topic-" + i));
            }
        }
        ask("bob", "Bob asks about count-many", "count-many");
        // page evidence is recorded in the background
        for (int attempt = 0; attempt < 200 && pages("wb-key-bob") < 3 || pages("wb-key-erin") < 1; attempt++) {
            Thread.sleep(50);
        }
    }

    @Test
    public void findAnExpertRunsTheSameStatementsForOneExpertAsForFive() {
        long one = statements(() -> confluence.get("carol", "/rest/guildhall/1.0/experts?topic=count-few").body());
        long five = statements(() -> confluence.get("carol", "/rest/guildhall/1.0/experts?topic=count-many").body());
        long onePage = statements(() -> confluence.getHtml("carol",
                "/plugins/servlet/guildhall/experts?topic=count-few").body());
        long fivePage = statements(() -> confluence.getHtml("carol",
                "/plugins/servlet/guildhall/experts?topic=count-many").body());

        assertThat(confluence.get("carol", "/rest/guildhall/1.0/experts?topic=count-many").json().get("results")
                .size(), is(EXPERTS.size() + 1)); // and carol, who asked
        assertThat(one, greaterThan(0L));
        assertThat(five, is(one));
        assertThat(fivePage, is(onePage));
    }

    @Test
    public void thePersonPageRunsTheSameStatementsForAFewItemsAsForMany() {
        String bobPage = "/plugins/servlet/guildhall/people/wb-key-bob";
        long few = statements(() -> confluence.getHtml("carol", "/plugins/servlet/guildhall/people/wb-key-erin")
                .body());
        long many = statements(() -> confluence.getHtml("carol", bobPage).body());
        long fewJson = statements(() -> confluence.get("carol", "/rest/guildhall/1.0/people/wb-key-erin/expertise")
                .body());
        long manyJson = statements(() -> confluence.get("carol", "/rest/guildhall/1.0/people/wb-key-bob/expertise")
                .body());

        assertThat(confluence.getHtml("carol", bobPage).body(), containsString("count-many page 2"));
        assertThat(few, greaterThan(0L));
        assertThat(many, is(few));
        assertThat(manyJson, is(fewJson));
    }

    @Test
    public void findAnExpertReadsNoMoreRowsAfterItsExpertsAnsweredTwiceAsMuch() {
        String experts = "/rest/guildhall/1.0/experts?topic=count-many";
        long before = rows(() -> confluence.get("carol", experts).body());
        for (int i = 0; i < 6; i++) {
            long question = ask("carol", "Another question number " + i + " about count-many", "count-many");
            for (String expert : EXPERTS) {
                answer(expert, question);
            }
        }

        long after = rows(() -> confluence.get("carol", experts).body());

        // which questions the strongest items belong to may change (their titles are read), their number cannot grow
        assertThat(before, greaterThan(0L));
        assertThat(after, lessThanOrEqualTo(before));
    }

    private static long ask(String user, String title, String... topics) {
        ConfluenceClient.Response asked = confluence.postJson(user, QUESTIONS, toJson(Map.of("community", SPACE,
                "title", title, "body", "Counting.", "topics", List.of(topics))));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    private static long answer(String user, long question) {
        ConfluenceClient.Response answered = confluence.postJson(user, QUESTIONS + "/" + question + "/answers",
                toJson(Map.of("body", "An answer by " + user)));
        assertThat(answered.body(), answered.status(), is(201));
        long newest = 0;
        for (JsonNode node : answered.json().get("answers")) {
            newest = Math.max(newest, node.get("id").asLong());
        }
        return newest;
    }

    private static void endorse(String endorser, String person, String topic, long answer) {
        ConfluenceClient.Response endorsed = confluence.postJson(endorser, "/rest/guildhall/1.0/people/wb-key-"
                + person + "/endorsements", toJson(Map.of("topic", topic, "evidence", Map.of("type", "answer",
                "id", answer))));
        assertThat(endorsed.body(), endorsed.status(), is(201));
    }

    private static int pages(String userKey) {
        int pages = 0;
        for (JsonNode topic : confluence.get("carol", "/rest/guildhall/1.0/people/" + userKey + "/expertise").json()
                .get("topics")) {
            pages = Math.max(pages, topic.at("/why/pages").asInt());
        }
        return pages;
    }

    private static long rows(Supplier<String> request) {
        return fewest(request, StatementCountingDriver::rowsReadByRequests);
    }

    private static long statements(Supplier<String> request) {
        return fewest(request, StatementCountingDriver::statementsExecutedByRequests);
    }

    /** The least a counter grows in three runs: background work may add statements to one run. */
    private static long fewest(Supplier<String> request, java.util.function.LongSupplier counter) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = counter.getAsLong();
            request.get();
            fewest = Math.min(fewest, counter.getAsLong() - before);
        }
        return fewest;
    }
}

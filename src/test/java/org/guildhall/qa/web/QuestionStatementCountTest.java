package org.guildhall.qa.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

/**
 * The question list and the question page run the same number of SQL statements whatever the page size or the number
 * of answers (authors, topics, reputation, votes and comments are loaded in batches), counted at the JDBC driver of a
 * running workbench.
 * <p>
 * Names come from one bulk user lookup ({@code People.findAll}) per request, so the count does not grow with the number
 * of distinct authors either.
 */
public class QuestionStatementCountTest {

    static {
        // before the workbench opens its first connection: count every statement sent to the H2 driver
        try {
            StatementCountingDriver.install("jdbc:h2:mem:statement-count");
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static final String QUESTIONS = "/rest/guildhall/1.0/questions";
    private static final List<String> ASKERS = List.of("alice", "bob", "carol", "dave", "erin");
    private static ConfluenceClient confluence;
    private static long twoAnswers;
    private static long thirtyAnswers;

    @BeforeClass
    public static void fiftyQuestionsAndTwoPages() {
        confluence = CONFLUENCE.client();
        confluence.createSpace("alice", "QACOUNT", "Q&A statement count");
        confluence.grantGroupRead("alice", "QACOUNT", "confluence-users");
        assertThat(confluence.putJson("alice", "/rest/guildhall/1.0/communities/QACOUNT", toJson(Map.of("name",
                "Q&A statement count", "visibility", "open", "topics", List.of("espresso", "milk")))).status(), is(200));
        twoAnswers = ask("alice", "A question with two answers", List.of("espresso"));
        thirtyAnswers = ask("alice", "A question with thirty answers", List.of("espresso"));
        for (int i = 0; i < 30; i++) {
            String answerer = i % 2 == 0 ? "bob" : "carol";
            if (i < 2) {
                answer(twoAnswers, answerer, i);
            }
            answer(thirtyAnswers, answerer, i);
        }
        // asked last, so that the newest five are by five different people, as the newest fifty are
        for (int i = 0; i < 50; i++) {
            ask(ASKERS.get(i % ASKERS.size()), "Counting question number " + i,
                    i % 2 == 0 ? List.of("espresso") : List.of("espresso", "milk"));
        }
        comment(twoAnswers, "dave");
        comment(thirtyAnswers, "dave");
        assertThat(confluence.putJson("erin", QUESTIONS + "/" + twoAnswers + "/vote", "{\"value\":1}").status(),
                is(200));
        assertThat(confluence.putJson("erin", QUESTIONS + "/" + thirtyAnswers + "/vote", "{\"value\":1}").status(),
                is(200));
    }

    @Test
    public void listingFiveOrFiftyQuestionsRunsTheSameNumberOfStatements() {
        String list = QUESTIONS + "?community=QACOUNT&sort=newest&limit=";

        long five = statements("erin", list + 5, 5);
        long fifty = statements("erin", list + 50, 50);

        assertThat(five, greaterThan(0L));
        assertThat(fifty, is(five));
        System.out.println("[statements] community list " + five);
    }

    @Test
    public void aListOverEveryVisibleCommunityRunsTheSameNumberOfStatementsForFiveAndFifty() {
        long five = statements("erin", QUESTIONS + "?limit=5", 5);
        long fifty = statements("erin", QUESTIONS + "?limit=50", 50);

        assertThat(five, greaterThan(0L));
        assertThat(fifty, is(five));
        System.out.println("[statements] all-communities list " + five);
    }

    @Test
    public void fiveQuestionsByOnePersonRunAsManyStatementsAsFiveByFivePeople() {
        String list = QUESTIONS + "?community=QACOUNT&sort=newest&limit=5";

        long fivePeople = statements("erin", list, 5);
        long onePerson = statements("erin", list + "&author=wb-key-alice", 5);

        assertThat(fivePeople, greaterThan(0L));
        assertThat(fivePeople, is(onePerson));
    }

    @Test
    public void aQuestionWithThirtyAnswersRunsAsManyStatementsAsOneWithTwo() {
        long two = page("erin", twoAnswers, 2);
        long thirty = page("erin", thirtyAnswers, 30);

        assertThat(two, greaterThan(0L));
        assertThat(thirty, is(two));
        System.out.println("[statements] question page " + two);
    }

    /** @return the fewest statements of three identical requests (background jobs of the workbench add noise) */
    private static long statements(String user, String path, int expectedResults) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = StatementCountingDriver.statementsExecutedByRequests();
            Response response = confluence.get(user, path);
            long executed = StatementCountingDriver.statementsExecutedByRequests() - before;
            assertThat(response.body(), response.status(), is(200));
            assertThat(response.json().path("results").size(), is(expectedResults));
            fewest = Math.min(fewest, executed);
        }
        return fewest;
    }

    private static long page(String user, long questionId, int expectedAnswers) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long before = StatementCountingDriver.statementsExecutedByRequests();
            Response response = confluence.get(user, QUESTIONS + "/" + questionId);
            long executed = StatementCountingDriver.statementsExecutedByRequests() - before;
            assertThat(response.body(), response.status(), is(200));
            assertThat(response.json().path("answers").size(), is(expectedAnswers));
            fewest = Math.min(fewest, executed);
        }
        return fewest;
    }

    private static long ask(String user, String title, List<String> topics) {
        Response asked = confluence.postJson(user, QUESTIONS, toJson(Map.of("community", "QACOUNT", "title", title,
                "body", "Some **text** for " + title, "topics", topics)));
        assertThat(asked.body(), asked.status(), is(201));
        return asked.json().get("id").asLong();
    }

    private static void answer(long questionId, String user, int number) {
        Response answered = confluence.postJson(user, QUESTIONS + "/" + questionId + "/answers",
                toJson(Map.of("body", "Answer number " + number + " with *emphasis*")));
        assertThat(answered.body(), answered.status(), is(201));
    }

    private static void comment(long questionId, String user) {
        Response commented = confluence.postJson(user, QUESTIONS + "/" + questionId + "/comments",
                toJson(Map.of("body", "A comment")));
        assertThat(commented.body(), commented.status(), is(201));
    }
}

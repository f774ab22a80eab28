package org.guildhall.qa.web;

import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

import static org.guildhall.qa.web.QuestionPagesTest.PAGES;
import static org.guildhall.qa.web.QuestionPagesTest.answer;
import static org.guildhall.qa.web.QuestionPagesTest.ask;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;

/**
 * The question list and the question page run a constant number of SQL statements, whatever the page size or the
 * number of answers: counted through a JDBC proxy around the workbench's H2 driver.
 */
public class QaStatementCountTest {

    static {
        try {
            StatementCountingDriver.install("jdbc:h2:mem:counting");
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @ClassRule
    public static final RunningWorkbench CONFLUENCE = new RunningWorkbench();

    private static ConfluenceClient confluence;
    private static long fewAnswers;
    private static long manyAnswers;

    @BeforeClass
    public static void askMany() {
        confluence = CONFLUENCE.client();
        for (int i = 0; i < 30; i++) {
            ask(confluence, i % 2 == 0 ? "dave" : "erin", "COFFEE", "Counting question number " + i + " on beans",
                    "Beans " + i, List.of("beans"));
        }
        fewAnswers = ask(confluence, "alice", "COFFEE", "A question with one answer", "One.", List.of("espresso"));
        answer(confluence, "bob", fewAnswers, "The only answer.");
        manyAnswers = ask(confluence, "alice", "COFFEE", "A question with many answers", "Many.", List.of("espresso"));
        // the same people as on the one-answer page: Confluence caches user lookups, the workbench does not
        for (int i = 0; i < 5; i++) {
            long answerId = answer(confluence, "bob", manyAnswers, "Answer number " + i);
            confluence.postJson("alice", "/rest/guildhall/1.0/answers/" + answerId + "/comments",
                    "{\"body\":\"Thanks for answer " + i + "\"}");
        }
    }

    @Test
    public void aQuestionListPageRunsTheSameStatementsForFiveAndForThirtyRows() {
        long five = statements(() -> confluence.getHtml("bob", PAGES + "?community=COFFEE&topic=beans&limit=5"
                + "&fragment=items").body());
        long thirty = statements(() -> confluence.getHtml("bob", PAGES + "?community=COFFEE&topic=beans&limit=30"
                + "&fragment=items").body());

        assertThat(five, greaterThan(0L));
        assertThat(thirty, is(five));
    }

    @Test
    public void theQuestionPageRunsTheSameStatementsForOneAnswerAsForFiveWithComments() {
        String onePath = PAGES + "/" + fewAnswers + "/a-question-with-one-answer";
        String fivePath = PAGES + "/" + manyAnswers + "/a-question-with-many-answers";
        long one = statements(() -> confluence.getHtml("carol", onePath).body());
        long five = statements(() -> confluence.getHtml("carol", fivePath).body());

        assertThat(confluence.getHtml("carol", fivePath).body(), containsString("Thanks for answer 4"));
        assertThat(one, greaterThan(0L));
        assertThat(five, is(one));
    }

    /** The fewest statements of three runs: background work of the workbench may add some to one run. */
    private static long statements(Supplier<String> request) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long before = StatementCountingDriver.statementsExecutedByRequests();
            request.get();
            fewest = Math.min(fewest, StatementCountingDriver.statementsExecutedByRequests() - before);
        }
        return fewest;
    }
}

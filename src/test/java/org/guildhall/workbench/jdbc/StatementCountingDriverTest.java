package org.guildhall.workbench.jdbc;

import org.junit.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

public class StatementCountingDriverTest {

    private static final String URL = "jdbc:h2:mem:statement-counting;DB_CLOSE_DELAY=-1";
    private static boolean installed;

    @org.junit.BeforeClass
    public static void install() throws Exception {
        installed = StatementCountingDriver.install(URL);
    }

    @Test
    public void countsEveryStatementExecutedThroughTheWrappedDriverAndStillReturnsResults() throws Exception {
        assertThat(installed, is(true));
        long before = StatementCountingDriver.statementsExecuted();

        int value;
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS T (V INT)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO T VALUES (?)")) {
                insert.setInt(1, 7);
                insert.executeUpdate();
            }
            try (ResultSet result = statement.executeQuery("SELECT MAX(V) FROM T")) {
                result.next();
                value = result.getInt(1);
            }
        }

        assertThat(value, is(7));
        assertThat(StatementCountingDriver.statementsExecuted() - before, is(3L));
    }

    @Test
    public void doesNotCountStatementsOfTheWorkbenchsBackgroundThreads() throws Exception {
        long before = StatementCountingDriver.statementsExecuted();
        java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();

        Thread poller = new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            } catch (Exception e) {
                failed.set(e);
            }
        }, "wb-1-cluster-1");
        poller.start();
        poller.join();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }

        assertThat(failed.get() == null, is(true));
        assertThat(StatementCountingDriver.statementsExecuted() - before, is(1L));
    }

    @Test
    public void countsExecutionsAndRowsPerStatementTextWithPlaceholderListsShortened() throws Exception {
        String select = "SELECT V FROM PER_STATEMENT WHERE V IN (?…)";
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS PER_STATEMENT (V INT)");
            statement.execute("DELETE FROM PER_STATEMENT");
            statement.execute("INSERT INTO PER_STATEMENT VALUES (1), (2), (3)");
            long before = executions(select);
            long rowsBefore = rows(select);
            for (int size : new int[]{2, 3}) {
                try (PreparedStatement query = connection.prepareStatement("SELECT V FROM PER_STATEMENT WHERE V IN ("
                        + String.join(", ", java.util.Collections.nCopies(size, "?")) + ")")) {
                    for (int i = 1; i <= size; i++) {
                        query.setInt(i, i);
                    }
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            result.getInt(1);
                        }
                    }
                }
            }

            assertThat(executions(select) - before, is(2L));
            assertThat(rows(select) - rowsBefore, is(5L));
        }
    }

    @Test
    public void requestCounts_leaveOutTheStatementsAndRowsOfTheWorkbenchsAndTheAppsBackgroundThreads()
            throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS BY_REQUESTS (V INT)");
            statement.execute("DELETE FROM BY_REQUESTS");
            statement.execute("INSERT INTO BY_REQUESTS VALUES (1), (2)");
        }
        long requestStatements = StatementCountingDriver.statementsExecutedByRequests();
        long statements = StatementCountingDriver.statementsExecuted();
        long requestRows = StatementCountingDriver.rowsReadByRequests();
        long allRows = StatementCountingDriver.rowsRead();

        for (String thread : List.of("wb-1-job-1", "guildhall-background-1", "qtp-request-7")) {
            AtomicReference<Exception> failed = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(URL, "sa", "");
                     Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT V FROM BY_REQUESTS")) {
                    while (result.next()) {
                        result.getInt(1);
                    }
                } catch (Exception e) {
                    failed.set(e);
                }
            }, thread);
            reader.start();
            reader.join();
            assertThat(String.valueOf(failed.get()), failed.get() == null, is(true));
        }

        assertThat(StatementCountingDriver.statementsExecutedByRequests() - requestStatements, is(1L));
        assertThat("the app's background statements are in the total, the workbench's are not",
                StatementCountingDriver.statementsExecuted() - statements, greaterThanOrEqualTo(2L));
        assertThat("every row is in the total", StatementCountingDriver.rowsRead() - allRows,
                greaterThanOrEqualTo(6L));
        assertThat(StatementCountingDriver.rowsReadByRequests() - requestRows, is(2L));
    }

    private static long executions(String statement) {
        StatementCountingDriver.StatementFigures figures = StatementCountingDriver.byStatement().get(statement);
        return figures == null ? 0 : figures.executions();
    }

    private static long rows(String statement) {
        StatementCountingDriver.StatementFigures figures = StatementCountingDriver.byStatement().get(statement);
        return figures == null ? 0 : figures.rows();
    }
}

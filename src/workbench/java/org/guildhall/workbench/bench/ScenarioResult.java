package org.guildhall.workbench.bench;

import java.util.List;

/**
 * What one scenario measured.
 *
 * @param firstFailure            the first failed response (status and the start of its body) or error; null if none
 * @param sqlStatementsPerRequest statements executed through the JDBC counter during the run, per request
 * @param rowsReadPerRequest      result-set rows read through the JDBC counter during the run, per request
 * @param heapAfterGcMegabytes    used heap after a full GC at the end of the run
 * @param statements              the statements that took the most time during the run, most first (at most
 *                                {@value #STATEMENTS_LISTED})
 * @param backgroundRanByCaller   background tasks (routing, notifications, page evidence) that the requests ran
 *                                themselves during the run because the queue was full ({@code BackgroundTasks})
 * @param backgroundQueuedAtEnd   background tasks still queued when the run ended: work the requests caused and the
 *                                workers had not done yet
 */
public record ScenarioResult(String name, String description, int concurrency, double seconds, int requests,
                             int failures, String firstFailure, double throughputPerSecond, double p50Millis,
                             double p95Millis, double p99Millis, double sqlStatementsPerRequest, double rowsReadPerRequest,
                             double heapAfterGcMegabytes, double[] histogramBoundsMillis, double[] histogramCounts,
                             List<StatementFigure> statements, long backgroundRanByCaller, int backgroundQueuedAtEnd) {

    static final int STATEMENTS_LISTED = 12;

    /**
     * One statement text's executions, rows read and time per request of the scenario.
     *
     * @param millisPerRequest the time its executions took per request, until the driver returned (the rows already
     *                         transferred), summed over concurrent requests: waits for a connection not included
     */
    public record StatementFigure(String statement, double executionsPerRequest, double rowsPerRequest,
                                  double millisPerRequest) {
    }

    /** @return failed requests as a share of all, 0 to 1 */
    public double failureRate() {
        return requests == 0 ? 0 : (double) failures / requests;
    }
}

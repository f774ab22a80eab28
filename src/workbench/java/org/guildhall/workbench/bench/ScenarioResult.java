package org.guildhall.workbench.bench;

/**
 * What one scenario measured.
 *
 * @param firstFailure            the first failed response (status and the start of its body) or error; null if none
 * @param sqlStatementsPerRequest statements executed through the JDBC counter during the run, per request
 * @param rowsReadPerRequest      result-set rows read through the JDBC counter during the run, per request
 * @param heapAfterGcMegabytes    used heap after a full GC at the end of the run
 */
public record ScenarioResult(String name, String description, int concurrency, double seconds, int requests,
                             int failures, String firstFailure, double throughputPerSecond, double p50Millis,
                             double p95Millis, double p99Millis, double sqlStatementsPerRequest, double rowsReadPerRequest,
                             double heapAfterGcMegabytes, double[] histogramBoundsMillis, double[] histogramCounts) {

    /** @return failed requests as a share of all, 0 to 1 */
    public double failureRate() {
        return requests == 0 ? 0 : (double) failures / requests;
    }
}

package org.guildhall.workbench.bench;

/**
 * What one scenario measured.
 *
 * @param sqlStatementsPerRequest statements executed through the JDBC counter during the run, per request
 * @param heapAfterGcMegabytes    used heap after a full GC at the end of the run
 */
public record ScenarioResult(String name, String description, int concurrency, double seconds, int requests,
                             int failures, double throughputPerSecond, double p50Millis, double p95Millis,
                             double p99Millis, double sqlStatementsPerRequest, double heapAfterGcMegabytes,
                             double[] histogramBoundsMillis, double[] histogramCounts) {
}

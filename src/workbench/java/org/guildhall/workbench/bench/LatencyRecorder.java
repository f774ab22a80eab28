package org.guildhall.workbench.bench;

import java.util.Arrays;

/**
 * Every latency of one scenario run, in microseconds; percentiles are exact (nearest rank), not estimated.
 */
final class LatencyRecorder {

    private long[] micros = new long[4096];
    private int size;
    private int failures;

    synchronized void record(long latencyMicros, boolean success) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = latencyMicros;
        if (!success) {
            failures++;
        }
    }

    synchronized int count() {
        return size;
    }

    synchronized int failures() {
        return failures;
    }

    /** @return the latency in milliseconds below which {@code percent} of requests finished */
    synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        return nearestRank(sorted(), percent) / 1000.0;
    }

    /**
     * @return latencies in milliseconds, bucketed for a histogram up to the 99.5th percentile (slower ones count in
     *         the last bucket, so that one outlier does not squash the chart): bucket upper bounds and counts
     */
    synchronized double[][] histogram(int buckets) {
        if (size == 0) {
            return new double[][]{new double[0], new double[0]};
        }
        long[] sorted = sorted();
        double max = nearestRank(sorted, 99.5) / 1000.0;
        double width = Math.max(max / buckets, 0.001);
        double[] bounds = new double[buckets];
        double[] counts = new double[buckets];
        for (int i = 0; i < buckets; i++) {
            bounds[i] = width * (i + 1);
        }
        for (int i = 0; i < size; i++) {
            int upToBound = (int) Math.ceil(sorted[i] / 1000.0 / width) - 1;
            counts[Math.max(0, Math.min(buckets - 1, upToBound))]++;
        }
        return new double[][]{bounds, counts};
    }

    private long[] sorted() {
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        return sorted;
    }

    private static long nearestRank(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

package org.guildhall.workbench.bench;

import org.junit.Test;

import java.util.Arrays;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.is;

public class LatencyRecorderTest {

    @Test
    public void percentiles_areTheNearestRankOfEveryRecordedLatency() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int millis = 100; millis >= 1; millis--) {
            recorder.record(millis * 1000L, true);
        }

        assertThat(recorder.percentileMillis(50), is(50.0));
        assertThat(recorder.percentileMillis(95), is(95.0));
        assertThat(recorder.percentileMillis(99), is(99.0));
        assertThat(recorder.percentileMillis(100), is(100.0));
    }

    @Test
    public void percentiles_ofASmallSampleRoundTheRankUp() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(1_000, true);
        recorder.record(2_000, true);
        recorder.record(3_000, true);

        assertThat(recorder.percentileMillis(50), is(2.0));
        assertThat(recorder.percentileMillis(99), is(3.0));
    }

    @Test
    public void keepsEveryLatencyBeyondItsInitialCapacity() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 0; i < 10_000; i++) {
            recorder.record(i < 9_900 ? 1_000 : 500_000, i % 100 != 0);
        }

        assertThat(recorder.count(), is(10_000));
        assertThat(recorder.failures(), is(100));
        assertThat(recorder.percentileMillis(99), is(1.0));
        assertThat(recorder.percentileMillis(99.5), is(500.0));
    }

    @Test
    public void histogram_spansUpToTheP995_countsEveryRequestOnce_slowOutliersInTheLastBucket() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 1; i <= 1000; i++) {
            recorder.record(i * 100L, true);
        }
        recorder.record(60_000_000, true);

        double[][] histogram = recorder.histogram(10);

        assertThat(Arrays.stream(histogram[1]).sum(), is(1001.0));
        assertThat(histogram[0][9], closeTo(recorder.percentileMillis(99.5), 0.001));
        assertThat(histogram[1][9] >= 1, is(true));
    }

    @Test
    public void anEmptyRecorderReportsZeroAndAnEmptyHistogram() {
        LatencyRecorder recorder = new LatencyRecorder();

        assertThat(recorder.percentileMillis(50), is(0.0));
        assertThat(recorder.histogram(10)[1].length, is(0));
    }
}

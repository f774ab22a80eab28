package org.guildhall.workbench.bench;

import org.guildhall.workbench.jdbc.StatementCountingDriver;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives one scenario at a fixed concurrency for a fixed time (after a warm-up) and measures it.
 */
final class ScenarioRunner {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Scenario.Target target;
    private final int concurrency;
    private final Duration warmUp;
    private final Duration duration;

    ScenarioRunner(Scenario.Target target, int concurrency, Duration warmUp, Duration duration) {
        this.target = target;
        this.concurrency = concurrency;
        this.warmUp = warmUp;
        this.duration = duration;
    }

    ScenarioResult run(Scenario scenario) throws Exception {
        drive(scenario, warmUp, new LatencyRecorder());
        LatencyRecorder recorder = new LatencyRecorder();
        long statementsBefore = StatementCountingDriver.statementsExecuted();
        long started = System.nanoTime();
        drive(scenario, duration, recorder);
        double seconds = (System.nanoTime() - started) / 1e9;
        long statements = StatementCountingDriver.statementsExecuted() - statementsBefore;
        int requests = recorder.count();
        double[][] histogram = recorder.histogram(30);
        return new ScenarioResult(scenario.name(), scenario.description(), concurrency, seconds, requests,
                recorder.failures(), requests / seconds, recorder.percentileMillis(50), recorder.percentileMillis(95),
                recorder.percentileMillis(99), requests == 0 ? 0 : (double) statements / requests, heapAfterGcMegabytes(),
                histogram[0], histogram[1]);
    }

    private void drive(Scenario scenario, Duration length, LatencyRecorder recorder) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        AtomicLong sequence = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < concurrency; worker++) {
                running.add(workers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        boolean success;
                        try {
                            HttpResponse<byte[]> response = client.send(scenario.request(target, sequence.getAndIncrement()),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            success = response.statusCode() == 200;
                        } catch (java.io.IOException e) {
                            success = false;
                        }
                        recorder.record((System.nanoTime() - start) / 1000, success);
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static double heapAfterGcMegabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}

package org.guildhall.workbench.bench;

import org.guildhall.platform.BackgroundTasks;
import org.guildhall.workbench.jdbc.StatementCountingDriver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one scenario at a fixed concurrency for a fixed time (after a warm-up that is not measured) and measures
 * it: every latency, failures, SQL statements the workbench executed, and the heap left after a full GC. Each worker
 * sends its next request as soon as the last one answered (a closed loop), so throughput is what the server sustains
 * at that concurrency; or, with a think time, after a pause as a person reading the page would make (drawn from an
 * exponential distribution with that mean, capped at four times it, not measured), so that the latency is what each of
 * that many people using the app at once waits rather than the queue of a saturated server. The warm-up is a closed
 * loop either way.
 */
final class ScenarioRunner {

    private static final int HISTOGRAM_BUCKETS = 30;
    private static final int QUEUE_WAIT_SECONDS = 180;

    private final Scenario.Target target;
    private final int concurrency;
    private final Duration warmUp;
    private final Duration duration;
    private final Duration thinkTime;
    private final BackgroundTasks background;

    /** @param background the app's background queue, whose caller-run tasks and backlog each scenario reports */
    ScenarioRunner(Scenario.Target target, int concurrency, Duration warmUp, Duration duration, Duration thinkTime,
                   BackgroundTasks background) {
        this.target = target;
        this.concurrency = concurrency;
        this.warmUp = warmUp;
        this.duration = duration;
        this.thinkTime = thinkTime;
        this.background = background;
    }

    ScenarioResult run(Scenario scenario) throws Exception {
        awaitEmptyQueue(scenario);
        scenario.check(target);
        // the warm-up never pauses: with a think time it would send too few requests to warm the JIT up
        drive(scenario, warmUp, new LatencyRecorder(), new AtomicReference<>(), Duration.ZERO);
        LatencyRecorder recorder = new LatencyRecorder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long statementsBefore = StatementCountingDriver.statementsExecuted();
        long rowsBefore = StatementCountingDriver.rowsRead();
        Map<String, StatementCountingDriver.StatementFigures> perStatementBefore = StatementCountingDriver.byStatement();
        long ranByCallerBefore = background.ranByCaller();
        long started = System.nanoTime();
        drive(scenario, duration, recorder, firstFailure, thinkTime);
        double seconds = (System.nanoTime() - started) / 1e9;
        long statements = StatementCountingDriver.statementsExecuted() - statementsBefore;
        long rows = StatementCountingDriver.rowsRead() - rowsBefore;
        long ranByCaller = background.ranByCaller() - ranByCallerBefore;
        int queued = background.queued();
        int requests = recorder.count();
        double[][] histogram = recorder.histogram(HISTOGRAM_BUCKETS);
        return new ScenarioResult(scenario.name(), scenario.description(), concurrency, seconds, requests,
                recorder.failures(), firstFailure.get(), requests / seconds, recorder.percentileMillis(50),
                recorder.percentileMillis(95), recorder.percentileMillis(99),
                requests == 0 ? 0 : (double) statements / requests, requests == 0 ? 0 : (double) rows / requests,
                heapAfterGcMegabytes(), histogram[0], histogram[1],
                statements(perStatementBefore, StatementCountingDriver.byStatement(), requests), ranByCaller, queued);
    }

    /** The statements that took the most time between the two snapshots (then read the most rows), per request. */
    static List<ScenarioResult.StatementFigure> statements(
            Map<String, StatementCountingDriver.StatementFigures> before,
            Map<String, StatementCountingDriver.StatementFigures> after, int requests) {
        if (requests == 0) {
            return List.of();
        }
        List<ScenarioResult.StatementFigure> figures = new ArrayList<>();
        after.forEach((statement, figure) -> {
            StatementCountingDriver.StatementFigures earlier = before.get(statement);
            long executions = figure.executions() - (earlier == null ? 0 : earlier.executions());
            long rows = figure.rows() - (earlier == null ? 0 : earlier.rows());
            long nanos = figure.nanos() - (earlier == null ? 0 : earlier.nanos());
            if (executions > 0 || rows > 0) {
                figures.add(new ScenarioResult.StatementFigure(statement, (double) executions / requests,
                        (double) rows / requests, nanos / 1e6 / requests));
            }
        });
        figures.sort(Comparator.comparingDouble(ScenarioResult.StatementFigure::millisPerRequest).reversed()
                .thenComparing(Comparator.comparingDouble(ScenarioResult.StatementFigure::rowsPerRequest)
                        .reversed()));
        return List.copyOf(figures.subList(0, Math.min(ScenarioResult.STATEMENTS_LISTED, figures.size())));
    }

    /**
     * Waits (at most {@value #QUEUE_WAIT_SECONDS} s) until the background queue is empty, so that a scenario does not
     * measure the work an earlier one left queued (asking leaves routing behind).
     */
    private void awaitEmptyQueue(Scenario scenario) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(QUEUE_WAIT_SECONDS);
        while (background.queued() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        if (waited > 0 || background.queued() > 0) {
            System.out.printf(java.util.Locale.ROOT, "[bench] %s: waited %d s for the background queue, %d left%n",
                    scenario.name(), waited, background.queued());
        }
    }

    private void drive(Scenario scenario, Duration length, LatencyRecorder recorder,
                       AtomicReference<String> firstFailure, Duration pause) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < concurrency; worker++) {
                Scenario.Visitor visitor = scenario.visitor(target, worker);
                Random pauses = new Random(worker);
                running.add(workers.submit(() -> {
                    // each person first pauses too, as if they had been reading for a while: the pauses are
                    // exponential, so the time to a person's next request is the same from any moment, and the
                    // requests arrive as they would at any time of a long run, instead of all at once at its start
                    think(pauses, pause, deadline);
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        boolean success;
                        String failure;
                        try {
                            HttpResponse<String> response = target.client().send(visitor.next(),
                                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            success = visitor.accept(response);
                            failure = response.statusCode() + " " + abbreviate(response.body());
                        } catch (IOException e) {
                            success = false;
                            failure = e.toString();
                        }
                        recorder.record((System.nanoTime() - start) / 1000, success);
                        if (!success) {
                            firstFailure.compareAndSet(null, failure);
                        }
                        think(pauses, pause, deadline);
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

    /** Pauses as a person reading the answer would, never past the deadline; nothing without a think time. */
    private static void think(Random random, Duration thinkTime, long deadline) throws InterruptedException {
        if (thinkTime.isZero()) {
            return;
        }
        double mean = thinkTime.toNanos();
        long pause = (long) Math.min(-Math.log(1 - random.nextDouble()) * mean, 4 * mean);
        long left = deadline - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(pause, left));
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    /** The server runs in this JVM, so this is the workbench's (and the app's) retained heap plus the harness's. */
    private static double heapAfterGcMegabytes() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}

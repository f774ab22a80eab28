package org.guildhall.workbench.bench;

import org.guildhall.platform.BackgroundTasks;
import org.guildhall.qa.importer.SimilarQuestions;
import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.cluster.DatabaseInvalidatedCacheManager;
import org.guildhall.workbench.jdbc.StatementCountingDriver;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code mvn -Pbench}: loads a generated dataset into a fresh PostgreSQL database, starts the workbench on it, drives
 * the selected scenarios one after another and writes {@code results.json} and {@code report.html}. Fails (so Maven
 * fails) for an unknown scenario and when more than {@value #TOLERATED_FAILURE_PERCENT}% of a scenario's requests
 * failed.
 */
public final class Bench {

    private static final int TOLERATED_FAILURE_PERCENT = 1;

    private Bench() {
    }

    public static void main(String[] arguments) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        List<Scenario> scenarios = Scenarios.select(settings.scenarios());
        BenchDataset.choose(settings.parts()); // an unknown part fails before anything is loaded
        AoDatabase database = AoDatabase.postgres(BenchDatabase.NAME);
        DatasetSnapshot snapshot = new DatasetSnapshot(settings, database);
        boolean keep = Boolean.getBoolean("bench.keep");
        Dataset dataset = keep ? snapshot.restore().orElse(null) : null;
        if (dataset == null) {
            database = BenchDatabase.recreate();
        }
        if (!StatementCountingDriver.install(database.url())) {
            throw new IllegalStateException("No JDBC driver accepts " + database.url() + "; cannot count statements");
        }
        // in a method of its own, so that no variable of this frame holds the stopped workbench (or any of the app's
        // objects) while the leak check below looks for what is still reachable
        Measured measured = measure(settings, scenarios, snapshot, keep, dataset);
        dataset = measured.dataset();
        List<ScenarioResult> results = measured.results();
        List<ActivityQueryMeasurement.Result> queryResults = measured.queryResults();
        HeapMeasurement.Snapshot beforeFirst = measured.beforeFirst();
        HeapMeasurement.Snapshot afterLast = measured.afterLast();
        List<HeapMeasurement.CacheFigure> appCaches = measured.appCaches();
        String heapDump = System.getProperty("bench.heapdump", "");
        if (!heapDump.isBlank()) {
            // what is still reachable the moment the workbench stopped, for a heap analyser (paths to GC roots)
            HeapMeasurement.dumpLiveHeap(Path.of(heapDump).toAbsolutePath());
            System.out.println("[bench] Heap dump right after the workbench stopped: " + heapDump);
        }
        Map<String, Object> memory = HeapMeasurement.report(beforeFirst, afterLast, appCaches,
                HeapMeasurement.settledAfterStop());
        BenchReport.write(settings.output(), environment(settings, dataset), results, memory);
        printSummary(results);
        printStatements(results);
        System.out.println(HeapMeasurement.summary(memory));
        System.out.println();
        if (!queryResults.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %10s %10s%n", "activity query (no HTTP)", "queries",
                    "p50 ms", "p95 ms", "p99 ms", "rows/query", "SQL/query");
            queryResults.forEach(result -> System.out.println(result.line()));
            System.out.println();
        }
        System.out.println("[bench] Report: " + settings.output().resolve("report.html"));
        failOnErrors(results);
    }

    /** What the scenarios measured while the workbench ran. */
    private record Measured(Dataset dataset, List<ScenarioResult> results,
                            List<ActivityQueryMeasurement.Result> queryResults, HeapMeasurement.Snapshot beforeFirst,
                            HeapMeasurement.Snapshot afterLast, List<HeapMeasurement.CacheFigure> appCaches) {
    }

    /**
     * Starts the workbench, loads the dataset unless {@code kept} is given (and keeps it with {@code keep}), runs the
     * scenarios and stops the workbench.
     */
    private static Measured measure(BenchSettings settings, List<Scenario> scenarios, DatasetSnapshot snapshot,
                                    boolean keep, Dataset kept) throws Exception {
        Dataset dataset = kept;
        List<ScenarioResult> results = new ArrayList<>();
        List<ActivityQueryMeasurement.Result> queryResults = List.of();
        HeapMeasurement.Snapshot beforeFirst;
        HeapMeasurement.Snapshot afterLast;
        List<HeapMeasurement.CacheFigure> appCaches;
        Workbench workbench = startWorkbench(settings);
        try {
            if (dataset == null) {
                dataset = BenchDataset.load(workbench, settings.scale(), settings.parts());
                System.out.printf(Locale.ROOT, "[bench] Dataset %s loaded in %d ms%n", dataset.rows(),
                        dataset.loadTime().toMillis());
                if (keep) {
                    workbench.close();
                    snapshot.keep(dataset);
                    workbench = startWorkbench(settings);
                }
            }
            // the similar-question index is built on the scheduler's thread after start (seconds at this size): wait
            // for it, so that the first scenario does not share the cores with it
            long indexStarted = System.nanoTime();
            int indexed = workbench.bean(SimilarQuestions.class).indexedQuestions();
            System.out.printf(Locale.ROOT, "[bench] Similar-question index of %d questions ready after %d ms%n",
                    indexed, Duration.ofNanos(System.nanoTime() - indexStarted).toMillis());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            beforeFirst = HeapMeasurement.snapshot();
            for (int concurrency : settings.concurrency()) {
                ScenarioRunner runner = new ScenarioRunner(new Scenario.Target(workbench.baseUrl(), client, dataset),
                        concurrency, settings.warmUp(), settings.duration(), settings.thinkTime(),
                        workbench.bean(BackgroundTasks.class));
                for (Scenario scenario : scenarios) {
                    System.out.printf(Locale.ROOT, "[bench] %s: %d s warm-up, then %d s at concurrency %d%s%n",
                            scenario.name(), settings.warmUp().toSeconds(), settings.duration().toSeconds(),
                            concurrency, settings.thinkTime().isZero() ? ""
                                    : ", " + settings.thinkTime().toMillis() + " ms mean think time");
                    results.add(runner.run(scenario));
                }
            }
            afterLast = HeapMeasurement.snapshot();
            appCaches = HeapMeasurement.drainAppCaches(workbench.bean(DatabaseInvalidatedCacheManager.class));
            if (scenarios.stream().anyMatch(scenario -> scenario.name().startsWith("activity-"))) {
                queryResults = ActivityQueryMeasurement.run(workbench, settings.concurrency().get(0), settings.warmUp(),
                        settings.duration());
            }
        } finally {
            workbench.close();
        }
        return new Measured(dataset, results, queryResults, beforeFirst, afterLast, appCaches);
    }

    private static Workbench startWorkbench(BenchSettings settings) throws Exception {
        Workbench workbench = Workbench.start(new WorkbenchOptions(0, settings.output().resolve("workbench-home"),
                WorkbenchOptions.Database.POSTGRES, BenchDatabase.NAME, 1, settings.basedir(), true));
        System.out.println("[bench] Workbench on " + workbench.baseUrl() + ", PostgreSQL database " + BenchDatabase.NAME);
        return workbench;
    }

    private static Map<String, Object> environment(BenchSettings settings, Dataset dataset) {
        Runtime runtime = Runtime.getRuntime();
        Map<String, Object> environment = new LinkedHashMap<>();
        environment.put("date", Instant.now().toString());
        environment.put("scale", settings.scale());
        environment.put("concurrency", settings.concurrency());
        environment.put("warm-up seconds", settings.warmUp().toSeconds());
        environment.put("duration seconds", settings.duration().toSeconds());
        environment.put("dataset parts", settings.parts().contains("all") ? "all"
                : BenchDataset.choose(settings.parts()).stream().map(DatasetPart::name).toList());
        environment.put("think time ms (mean, 0 = closed loop)", settings.thinkTime().toMillis());
        environment.put("dataset rows", dataset.rows());
        environment.put("dataset people", dataset.usernames().size());
        environment.put("dataset load ms", dataset.loadTime().toMillis());
        environment.put("database", "PostgreSQL, database " + BenchDatabase.NAME);
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        environment.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        environment.put("cores", runtime.availableProcessors());
        environment.put("max heap MB", runtime.maxMemory() / (1024 * 1024));
        environment.put("garbage collectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).toList());
        environment.put("note", "the workbench, the app and the load generator share one JVM and these cores");
        return environment;
    }

    private static void printSummary(List<ScenarioResult> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-18s %5s %9s %8s %10s %9s %9s %9s %8s %9s %9s%n", "scenario", "conc.", "requests",
                "failures", "req/s", "p50 ms", "p95 ms", "p99 ms", "SQL/req", "rows/req", "heap MB");
        for (ScenarioResult result : results) {
            System.out.printf(Locale.ROOT, "%-18s %5d %9d %8d %10.1f %9.2f %9.2f %9.2f %8.1f %9.1f %9.0f%n",
                    result.name(), result.concurrency(), result.requests(), result.failures(), result.throughputPerSecond(),
                    result.p50Millis(), result.p95Millis(), result.p99Millis(), result.sqlStatementsPerRequest(),
                    result.rowsReadPerRequest(), result.heapAfterGcMegabytes());
        }
        System.out.println();
    }

    /** Where each scenario's rows come from, and what its requests ran of the background queue's work. */
    private static void printStatements(List<ScenarioResult> results) {
        for (ScenarioResult result : results) {
            System.out.printf(Locale.ROOT, "[bench] %s at concurrency %d: background tasks run by requests (queue"
                            + " full) %d, queued at the end %d; statements taking the most time (per request:"
                            + " executions, rows, ms):%n", result.name(), result.concurrency(),
                    result.backgroundRanByCaller(), result.backgroundQueuedAtEnd());
            for (ScenarioResult.StatementFigure figure : result.statements()) {
                System.out.printf(Locale.ROOT, "  %6.2f %8.1f %7.2f  %s%n", figure.executionsPerRequest(),
                        figure.rowsPerRequest(), figure.millisPerRequest(), abbreviate(figure.statement()));
            }
        }
        System.out.println();
    }

    private static String abbreviate(String statement) {
        return statement.length() <= 220 ? statement : statement.substring(0, 220) + "…";
    }

    private static void failOnErrors(List<ScenarioResult> results) {
        List<String> failed = results.stream()
                .filter(result -> result.failureRate() * 100 > TOLERATED_FAILURE_PERCENT)
                .map(result -> String.format(Locale.ROOT, "%s: %d of %d requests failed, first: %s", result.name(),
                        result.failures(), result.requests(), result.firstFailure()))
                .toList();
        if (!failed.isEmpty()) {
            throw new IllegalStateException("More than " + TOLERATED_FAILURE_PERCENT + "% of requests failed in "
                    + String.join("; ", failed));
        }
    }
}

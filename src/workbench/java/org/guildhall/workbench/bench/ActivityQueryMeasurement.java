package org.guildhall.workbench.bench;

import org.guildhall.activity.ActivityEntry;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamPosition;
import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.guildhall.workbench.jdbc.StatementCountingDriver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The stream's database work alone, without HTTP, login and rendering: {@code ActivityDao.read} for the reader's
 * page ({@value ActivityScenarios#PAGE_SIZE} entries and one more) at the benchmark's concurrency, for the first page,
 * the page {@value ActivityScenarios#DEEP_PAGE} pages deep and the first page filtered by kind, with the reader's
 * visible communities (every other community, as {@link ActivityDataPart} granted them) in the query. Rows read are
 * counted at the JDBC driver. The HTTP scenarios measure the whole request on top of this.
 */
final class ActivityQueryMeasurement {

    record Result(String name, int queries, double p50, double p95, double p99, double rowsPerQuery,
                  double statementsPerQuery) {

        String line() {
            return String.format(Locale.ROOT, "%-24s %8d %8.2f %8.2f %8.2f %10.1f %10.1f", name, queries, p50, p95, p99,
                    rowsPerQuery, statementsPerQuery);
        }
    }

    private ActivityQueryMeasurement() {
    }

    static List<Result> run(Workbench workbench, int concurrency, Duration warmUp, Duration duration)
            throws Exception {
        ActivityDao dao = workbench.bean(ActivityDao.class);
        Set<Long> visible = readerCommunities(workbench);
        StreamFilter all = new StreamFilter(visible, Set.of(), Set.of(), Set.of(), Optional.empty());
        StreamFilter answers = new StreamFilter(visible, Set.of(), Set.of(), Set.of(ActivityKind.QUESTION_ANSWERED),
                Optional.empty());
        Optional<StreamPosition> deep = Optional.empty();
        for (int page = 1; page < ActivityScenarios.DEEP_PAGE; page++) {
            List<ActivityEntry> entries = dao.read(all, deep, ActivityScenarios.PAGE_SIZE);
            deep = Optional.of(entries.get(entries.size() - 1).position());
        }
        List<Result> results = new ArrayList<>();
        results.add(measure("query first page", dao, all, Optional.empty(), concurrency, warmUp, duration));
        results.add(measure("query page 100 deep", dao, all, deep, concurrency, warmUp, duration));
        results.add(measure("query filtered (answers)", dao, answers, Optional.empty(), concurrency, warmUp, duration));
        System.out.println("[bench] reader's visible communities in the query: " + visible.size());
        return results;
    }

    private static Result measure(String name, ActivityDao dao, StreamFilter filter, Optional<StreamPosition> after,
                                  int concurrency, Duration warmUp, Duration duration) throws Exception {
        drive(dao, filter, after, concurrency, warmUp, new LatencyRecorder());
        LatencyRecorder recorder = new LatencyRecorder();
        long rows = StatementCountingDriver.rowsRead();
        long statements = StatementCountingDriver.statementsExecuted();
        drive(dao, filter, after, concurrency, duration, recorder);
        int count = recorder.count();
        return new Result(name, count, recorder.percentileMillis(50), recorder.percentileMillis(95),
                recorder.percentileMillis(99), (double) (StatementCountingDriver.rowsRead() - rows) / count,
                (double) (StatementCountingDriver.statementsExecuted() - statements) / count);
    }

    private static void drive(ActivityDao dao, StreamFilter filter, Optional<StreamPosition> after, int concurrency,
                              Duration length, LatencyRecorder recorder) throws Exception {
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(workers.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        int read = dao.read(filter, after, ActivityScenarios.PAGE_SIZE + 1).size();
                        recorder.record((System.nanoTime() - start) / 1000, read == ActivityScenarios.PAGE_SIZE + 1);
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

    /** Every other community by id, enabled ones only: those {@link ActivityDataPart} let the reader read. */
    private static Set<Long> readerCommunities(Workbench workbench) throws SQLException {
        Set<Long> visible = new HashSet<>();
        try (Connection connection = workbench.bean(WorkbenchDatabase.class).dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT \"ID\", \"ENABLED\" FROM \"AO_A368F0_COMMUNITY\" ORDER BY \"ID\"");
             ResultSet rows = select.executeQuery()) {
            int index = 0;
            while (rows.next()) {
                if (index++ % 2 == 0 && rows.getBoolean(2)) {
                    visible.add(rows.getLong(1));
                }
            }
        }
        return visible;
    }
}

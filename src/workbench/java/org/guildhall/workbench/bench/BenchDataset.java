package org.guildhall.workbench.bench;

import org.guildhall.workbench.Workbench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Generates the benchmark dataset into a running workbench, part by part. The workbench must run on a database of
 * its own: the parts add rows and never look at what is there already.
 */
final class BenchDataset {

    /** In load order: later parts build on what earlier ones planned. */
    static final List<DatasetPart> PARTS = List.of(new ConfluenceDataPart(), new CommunityDataPart(),
            new MembershipDataPart(), new QaDataPart(), new ActivityDataPart(), new ExpertiseDataPart(),
            new HealthDataPart());

    /** The same seed gives the same names and permissions on every run, so runs compare. */
    private static final long SEED = 20_261_125L;

    private BenchDataset() {
    }

    static Dataset load(Workbench workbench, int scale) throws SQLException {
        long started = System.nanoTime();
        DatasetContext context = new DatasetContext(workbench, scale, SEED, Vocabulary.fromDemoSamples());
        for (DatasetPart part : PARTS) {
            long partStarted = System.nanoTime();
            part.load(context);
            System.out.printf("[bench] %-60s %6d ms%n", part.description(), (System.nanoTime() - partStarted) / 1_000_000);
        }
        analyze(context);
        return context.toDataset(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Table statistics for the planner, as a production database has them (autovacuum analyses tables after large
     * changes, but not within the seconds between the bulk load and the first scenario): without them PostgreSQL
     * estimates a 20,000-question community at 98 rows and picks plans no real instance would run.
     */
    private static void analyze(DatasetContext context) throws SQLException {
        try (java.sql.Connection connection = context.bean(org.guildhall.workbench.db.WorkbenchDatabase.class)
                .dataSource().getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }
}

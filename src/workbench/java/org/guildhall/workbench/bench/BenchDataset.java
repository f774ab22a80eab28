package org.guildhall.workbench.bench;

import org.guildhall.workbench.Workbench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Generates the benchmark dataset into a running workbench, part by part. The workbench must run on a database of
 * its own: the parts add rows and never look at what is there already.
 */
final class BenchDataset {

    /** In load order: later parts build on what earlier ones planned. */
    static final List<DatasetPart> PARTS = List.of(new ConfluenceDataPart(), new CommunityDataPart(),
            new MembershipDataPart(), new QaDataPart(), new ActivityDataPart(), new ExpertiseDataPart(),
            new HealthDataPart());

    /** The parts every scenario builds on: loaded whatever {@code bench.parts} says. */
    static final Set<String> ALWAYS = Set.of("confluence", "communities", "members");

    /** The same seed gives the same names and permissions on every run, so runs compare. */
    private static final long SEED = 20_261_125L;

    private BenchDataset() {
    }

    /**
     * @param parts the names of the parts to load besides {@link #ALWAYS}, or {@code all}
     * @throws IllegalArgumentException naming an unknown part, or a part without the part it derives from
     */
    static Dataset load(Workbench workbench, int scale, Set<String> parts) throws SQLException {
        List<DatasetPart> chosen = choose(parts);
        long started = System.nanoTime();
        DatasetContext context = new DatasetContext(workbench, scale, SEED, Vocabulary.fromDemoSamples());
        for (DatasetPart part : chosen) {
            long partStarted = System.nanoTime();
            part.load(context);
            System.out.printf("[bench] %-60s %6d ms%n", part.description(), (System.nanoTime() - partStarted) / 1_000_000);
        }
        analyze(context);
        return context.toDataset(Duration.ofNanos(System.nanoTime() - started));
    }

    /** @return the parts to load, in load order */
    static List<DatasetPart> choose(Set<String> parts) {
        if (parts.contains("all")) {
            return PARTS;
        }
        List<String> known = PARTS.stream().map(DatasetPart::name).toList();
        for (String part : parts) {
            if (!known.contains(part)) {
                throw new IllegalArgumentException("bench.parts: unknown part '" + part + "'; known: all, "
                        + String.join(", ", known));
            }
        }
        if (parts.contains("expertise") && !parts.contains("qa")) {
            throw new IllegalArgumentException("bench.parts: expertise is derived from the qa part; add qa");
        }
        return PARTS.stream().filter(part -> ALWAYS.contains(part.name()) || parts.contains(part.name())).toList();
    }

    /**
     * Vacuumed and analysed, as a production database is once autovacuum has caught up with a bulk change: table
     * statistics for the planner (without them PostgreSQL estimates a 20,000-question community at 98 rows and picks
     * plans no real instance would run) and visibility maps (without them an index-only scan reads the table too).
     * Done here, before measuring, so that autovacuum does not do it on the same cores during the first scenarios.
     */
    private static void analyze(DatasetContext context) throws SQLException {
        long started = System.nanoTime();
        try (java.sql.Connection connection = context.bean(org.guildhall.workbench.db.WorkbenchDatabase.class)
                .dataSource().getConnection(); java.sql.Statement statement = connection.createStatement()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true); // VACUUM cannot run inside a transaction block
            }
            statement.execute("VACUUM (ANALYZE)");
        }
        System.out.printf("[bench] %-60s %6d ms%n", "VACUUM (ANALYZE) of the whole database",
                (System.nanoTime() - started) / 1_000_000);
    }
}

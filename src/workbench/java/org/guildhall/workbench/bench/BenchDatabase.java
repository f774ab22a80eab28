package org.guildhall.workbench.bench;

import org.guildhall.workbench.ao.AoDatabase;

import java.sql.SQLException;

/**
 * The benchmark's own PostgreSQL database, dropped and created again on every run: the dataset is then exactly what
 * the generator made, and never touches the workbench's {@code guildhall_workbench} database.
 */
final class BenchDatabase {

    /**
     * {@code bench.database} (default {@code guildhall_bench}): several worktrees on one machine may bench at the same
     * time, and each run drops its database first, so each needs its own name.
     */
    static final String NAME = System.getProperty("bench.database", "guildhall_bench");

    private BenchDatabase() {
    }

    /** @return the database, empty */
    static AoDatabase recreate() throws SQLException {
        AoDatabase database = AoDatabase.postgres(NAME);
        if (!database.isReachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + database.url()
                    + "; the benchmark needs it (start it with pg_ctlcluster <version> main start)");
        }
        database.dropIfExists();
        database.createIfMissing();
        return database;
    }
}

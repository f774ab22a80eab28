package org.guildhall.workbench.bench;

import org.guildhall.workbench.ao.AoDatabase;

import java.sql.SQLException;

/**
 * The benchmark's own PostgreSQL database, dropped and created again on every run: the dataset is then exactly what
 * the generator made, and never touches the workbench's {@code guildhall_workbench} database.
 */
final class BenchDatabase {

    static final String NAME = "guildhall_bench";

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

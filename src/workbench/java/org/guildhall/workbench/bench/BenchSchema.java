package org.guildhall.workbench.bench;

import org.guildhall.workbench.ao.AoDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's own PostgreSQL schema, dropped and created again on every run: the dataset is then exactly what
 * the generator made, and never touches the workbench's {@code guildhall_workbench} schema.
 */
final class BenchSchema {

    static final String NAME = "guildhall_bench";

    private BenchSchema() {
    }

    /** @return the database, with an empty schema */
    static AoDatabase recreate() throws SQLException {
        AoDatabase database = AoDatabase.postgres(NAME);
        if (!database.isReachable()) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + database.url()
                    + "; the benchmark needs it (start it with pg_ctlcluster <version> main start)");
        }
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
            statement.execute("CREATE SCHEMA " + NAME);
        }
        return database;
    }
}

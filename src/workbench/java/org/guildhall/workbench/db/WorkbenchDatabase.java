package org.guildhall.workbench.db;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The one database a workbench uses: the app's Active Objects tables and the workbench's own {@code WB_} tables
 * (users, spaces, pages, permissions) live side by side, as Confluence's and the plugins' tables do. With PostgreSQL
 * every node of a workbench cluster uses the same database ({@link WorkbenchOptions#postgresDatabase()}).
 */
public final class WorkbenchDatabase implements AutoCloseable {

    private final AoDatabase aoDatabase;
    private final ComboPooledDataSource pool;

    private WorkbenchDatabase(AoDatabase aoDatabase, String workbenchTablesUrl) {
        this.aoDatabase = aoDatabase;
        this.pool = new ComboPooledDataSource();
        pool.setJdbcUrl(workbenchTablesUrl);
        pool.setUser(aoDatabase.username());
        pool.setPassword(aoDatabase.password());
        pool.setMinPoolSize(1);
        pool.setMaxPoolSize(20);
        pool.setCheckoutTimeout(10_000);
    }

    /** Opens (and on PostgreSQL first creates) the database the options ask for. */
    public static WorkbenchDatabase open(WorkbenchOptions options) {
        if (options.database() == WorkbenchOptions.Database.POSTGRES) {
            AoDatabase postgres = AoDatabase.postgres(options.postgresDatabase());
            if (!postgres.isReachable()) {
                throw new IllegalStateException("PostgreSQL is not reachable at " + postgres.url()
                        + " (start it, or run the workbench with -Dworkbench.db=h2)");
            }
            try {
                postgres.createIfMissing();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + postgres.url(), e);
            }
            return new WorkbenchDatabase(postgres, postgres.url());
        }
        AoDatabase h2 = AoDatabase.h2File(options.home().resolve("db").resolve("workbench"));
        return new WorkbenchDatabase(h2, h2.url());
    }

    /** The pooled connections to the workbench's tables; cluster services may share it. */
    public DataSource dataSource() {
        return pool;
    }

    /** Where Active Objects keeps the app's tables: the same database. */
    public AoDatabase aoDatabase() {
        return aoDatabase;
    }

    /** @return a line for the start-up banner, without credentials */
    public String description() {
        return aoDatabase.kind() == AoDatabase.Kind.H2
                ? "H2 file database " + aoDatabase.url().replace("jdbc:h2:file:", "").replace(";AUTO_SERVER=TRUE", "")
                : "PostgreSQL " + aoDatabase.url();
    }

    @Override
    public void close() {
        pool.close();
    }
}

package org.guildhall.workbench.db;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;

import net.java.ao.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.sql.SQLException;

/**
 * The one database a workbench uses: the app's Active Objects tables and the workbench's own {@code WB_} tables
 * (users, spaces, pages, permissions) live side by side, as Confluence's and the plugins' tables do. With PostgreSQL
 * every node of a workbench cluster uses the same database ({@link WorkbenchOptions#postgresDatabase()}).
 */
public final class WorkbenchDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchDatabase.class);

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
        failFastWhileUnreachable(pool);
    }

    /**
     * c3p0 by default retries a failed connection attempt 30 times a second apart while the request waits; Confluence's
     * pool gives up after its timeout and the request fails. Ten attempts half a second apart make a database that is
     * away show as failing requests (503 from the app) within about five seconds — yet ride out a moment in which the
     * shared test server has no connection slot free — and the pool recovers by itself once the database answers
     * again. Matters only when connections cannot be opened.
     */
    public static void failFastWhileUnreachable(ComboPooledDataSource pool) {
        pool.setAcquireRetryAttempts(10);
        pool.setAcquireRetryDelay(500);
    }

    /**
     * The same for the pool Active Objects built for {@code entityManager}. Active Objects keeps its data source to
     * itself, so it is read from the provider's field; a library that changed shape only costs the faster failure.
     */
    public static void failFastWhileUnreachable(EntityManager entityManager) {
        try {
            for (Class<?> type = entityManager.getProvider().getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (DataSource.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        DataSource dataSource = (DataSource) field.get(entityManager.getProvider());
                        if (dataSource.isWrapperFor(ComboPooledDataSource.class)) {
                            failFastWhileUnreachable(dataSource.unwrap(ComboPooledDataSource.class));
                        }
                        return;
                    }
                }
            }
        } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
            LOG.warn("Active Objects' connection pool keeps c3p0's slow retries: {}", e.toString());
        }
    }

    /** Opens (and on PostgreSQL first creates) the database the options ask for. */
    public static WorkbenchDatabase open(WorkbenchOptions options) {
        if (options.database() == WorkbenchOptions.Database.POSTGRES) {
            AoDatabase postgres = options.postgresServer() == null
                    ? AoDatabase.postgres(options.postgresDatabase())
                    : AoDatabase.postgres(options.postgresServer(), options.postgresDatabase());
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

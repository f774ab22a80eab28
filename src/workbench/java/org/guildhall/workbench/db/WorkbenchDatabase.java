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
import java.time.Duration;

/**
 * The one database a workbench uses: the app's Active Objects tables and the workbench's own {@code WB_} tables
 * (users, spaces, pages, permissions) live side by side, as Confluence's and the plugins' tables do. With PostgreSQL
 * every node of a workbench cluster uses the same database ({@link WorkbenchOptions#postgresDatabase()}).
 */
public final class WorkbenchDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchDatabase.class);
    private static final int RETRY_DELAY_MILLIS = 500;
    private static final int EXCESS_IDLE_SECONDS = 10;

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

    /**
     * Tunes a node's connection pool. Connections above the pool's minimum are closed after ten idle seconds, so a
     * node that was busy for a moment does not keep slots of a database server that several nodes and builds share.
     * c3p0 by default retries a failed connection attempt 30 times a second apart while the request waits (Confluence's
     * pool gives up after its own timeout); with {@code connectGiveUp}, attempts half a second apart stop after it, so
     * a database that is away shows as failing requests (503 from the app) within that time. Either way the pool
     * recovers by itself once the database answers again.
     *
     * @param connectGiveUp null for c3p0's default
     */
    public static void tune(ComboPooledDataSource pool, Duration connectGiveUp) {
        pool.setMaxIdleTimeExcessConnections(EXCESS_IDLE_SECONDS);
        if (connectGiveUp != null) {
            pool.setAcquireRetryDelay(RETRY_DELAY_MILLIS);
            pool.setAcquireRetryAttempts((int) Math.max(1, connectGiveUp.toMillis() / RETRY_DELAY_MILLIS));
        }
    }

    /**
     * The same for the pool Active Objects built for {@code entityManager}. Active Objects keeps its data source to
     * itself, so it is read from the provider's field; a library that changed shape only costs the tuning.
     */
    public static void tune(EntityManager entityManager, Duration connectGiveUp) {
        try {
            for (Class<?> type = entityManager.getProvider().getClass(); type != null; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (DataSource.class.isAssignableFrom(field.getType())) {
                        field.setAccessible(true);
                        DataSource dataSource = (DataSource) field.get(entityManager.getProvider());
                        if (dataSource.isWrapperFor(ComboPooledDataSource.class)) {
                            tune(dataSource.unwrap(ComboPooledDataSource.class), connectGiveUp);
                        }
                        return;
                    }
                }
            }
        } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
            LOG.warn("Active Objects' connection pool keeps c3p0's settings: {}", e.toString());
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
            return tuned(new WorkbenchDatabase(postgres, postgres.url()), options);
        }
        AoDatabase h2 = AoDatabase.h2File(options.home().resolve("db").resolve("workbench"));
        return tuned(new WorkbenchDatabase(h2, h2.url()), options);
    }

    private static WorkbenchDatabase tuned(WorkbenchDatabase database, WorkbenchOptions options) {
        tune(database.pool, options.connectGiveUp());
        return database;
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

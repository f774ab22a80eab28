package org.guildhall.workbench.cluster;

import com.mchange.v2.c3p0.ComboPooledDataSource;
import org.guildhall.testing.TestRun;
import org.guildhall.workbench.ao.AoDatabase;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * The database two test nodes share, created afresh for each test: H2 in memory always; on PostgreSQL and MariaDB
 * (127.0.0.1) a database {@code guildhall_cluster_test_<run>} when reachable, and necessarily so when
 * {@code -Ddb.required=true}. Each node gets its own connection pool, as separate JVMs would.
 */
final class SharedDatabase implements AutoCloseable {

    static final String NAME = TestRun.databaseName("guildhall_cluster_test");

    private final String url;
    private final String username;
    private final String password;
    private final List<ComboPooledDataSource> pools = new ArrayList<>();

    private SharedDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    /** @return the database names as JUnit {@code Parameterized} parameters */
    static List<Object[]> kinds() {
        return List.of(new Object[]{"h2"}, new Object[]{"postgres"}, new Object[]{"mariadb"});
    }

    /** Opens an empty database of this kind, or skips (fails, when databases are required) if it is unreachable. */
    static SharedDatabase open(String kind) throws SQLException {
        switch (kind) {
            case "h2":
                return new SharedDatabase("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
            case "postgres":
                return recreated(reachable(AoDatabase.postgres(NAME)));
            case "mariadb":
                return recreated(reachable(AoDatabase.mariadb(NAME)));
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    private static SharedDatabase recreated(AoDatabase database) throws SQLException {
        TestRun.dropAtExit(database);
        database.dropIfExists();
        database.createIfMissing();
        return new SharedDatabase(database.url(), database.username(), database.password());
    }

    /** @return a data source of its own for one node */
    DataSource dataSourceForNode() {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(username);
            h2.setPassword(password);
            return h2;
        }
        ComboPooledDataSource pool = new ComboPooledDataSource();
        pool.setJdbcUrl(url);
        pool.setUser(username);
        pool.setPassword(password);
        pool.setMaxPoolSize(10);
        pool.setCheckoutTimeout(10_000);
        pools.add(pool);
        return pool;
    }

    @Override
    public void close() throws SQLException {
        pools.forEach(ComboPooledDataSource::close);
        if (url.startsWith("jdbc:h2:")) {
            execute(url, username, password, "SHUTDOWN");
        }
    }

    private static AoDatabase reachable(AoDatabase database) {
        if (!database.isReachable()) {
            if (Boolean.getBoolean("db.required")) {
                fail(database.kind() + " is required (-Ddb.required=true) but not reachable at " + database.url());
            }
            assumeTrue(database.kind() + " is not reachable at " + database.url(), false);
        }
        return database;
    }

    private static void execute(String url, String username, String password, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

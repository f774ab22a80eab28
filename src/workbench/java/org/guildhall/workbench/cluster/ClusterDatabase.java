package org.guildhall.workbench.cluster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database every workbench node shares, reached through plain JDBC. It is the only channel between nodes, as the
 * shared database is in a Confluence Data Center cluster, and it owns the {@code WB_} tables.
 *
 * <p>The DDL uses only types and clauses that H2 2, PostgreSQL and MariaDB all accept (BIGINT, VARCHAR,
 * {@code CREATE TABLE IF NOT EXISTS}), and every name fits 30 characters.
 */
final class ClusterDatabase {

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work done on one connection inside one transaction. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS WB_CLUSTER_LOCK ("
                    + "LOCK_NAME VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "OWNER_NODE VARCHAR(255), "
                    + "OWNER_THREAD VARCHAR(255), "
                    + "LEASE_UNTIL BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS WB_SCHEDULED_JOB ("
                    + "JOB_ID VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "JOB_RUNNER_KEY VARCHAR(255) NOT NULL, "
                    + "SCHEDULE_TYPE VARCHAR(20) NOT NULL, "
                    + "INTERVAL_MILLIS BIGINT, "
                    + "FIRST_RUN BIGINT, "
                    + "CRON_EXPRESSION VARCHAR(255), "
                    + "TIME_ZONE VARCHAR(64), "
                    + "PARAMETERS VARCHAR(4000), "
                    + "NEXT_RUN BIGINT)",
            "CREATE TABLE IF NOT EXISTS WB_JOB_RUN ("
                    + "JOB_ID VARCHAR(255) NOT NULL, "
                    + "NODE_ID VARCHAR(255) NOT NULL, "
                    + "SCHEDULED_FOR BIGINT NOT NULL, "
                    + "STARTED BIGINT NOT NULL, "
                    + "FINISHED BIGINT NOT NULL, "
                    + "OUTCOME VARCHAR(20) NOT NULL, "
                    + "MESSAGE VARCHAR(255))",
            "CREATE TABLE IF NOT EXISTS WB_CACHE_VERSION ("
                    + "CACHE_NAME VARCHAR(255) NOT NULL PRIMARY KEY, "
                    + "VERSION BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS WB_CACHE_INVALIDATION ("
                    + "CACHE_NAME VARCHAR(255) NOT NULL, "
                    + "VERSION BIGINT NOT NULL, "
                    + "ORIGIN_NODE VARCHAR(255) NOT NULL, "
                    + "CACHE_KEY VARCHAR(1000), "
                    + "PRIMARY KEY (CACHE_NAME, VERSION))");

    private final DataSource dataSource;

    ClusterDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void createTablesIfMissing() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("Could not create the workbench cluster tables", e);
        }
    }

    /** @return the number of rows the statement changed */
    int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new ClusterDatabaseException("Could not run " + sql, e);
        }
    }

    /**
     * Inserts a row unless one with the same key is already there. The primary key decides, so two nodes racing to
     * create the same row cannot both succeed and neither fails. Callers look for the row first only to spare the
     * database log a rejected insert in the common case; that look is never what decides.
     *
     * @return true when this call created the row
     */
    boolean insertIfAbsent(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters) == 1;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw new ClusterDatabaseException("Could not run " + sql, e);
        }
    }

    <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, sql, reader, parameters);
        } catch (SQLException e) {
            throw new ClusterDatabaseException("Could not run " + sql, e);
        }
    }

    <T> T inTransaction(TransactionWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ClusterDatabaseException("Could not complete a cluster transaction", e);
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        }
    }

    /** Reads a nullable BIGINT column. */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    /** SQL state class 23 is "integrity constraint violation" on H2, PostgreSQL and MariaDB alike. */
    private static boolean isUniqueViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }
}

package org.guildhall.workbench.db;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the workbench's own SQL (plain JDBC, one statement per call, auto-commit) and turns {@link SQLException}s
 * into {@link WorkbenchSqlException}s so callers stay readable. Uniqueness is left to database constraints:
 * {@link #insertUnlessDuplicate} reports a duplicate instead of checking first.
 */
public final class SqlRunner {

    /** SQL state of a unique-constraint violation in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public SqlRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public int update(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new WorkbenchSqlException(sql, e);
        }
    }

    /** @return false when a unique constraint refused the row */
    public boolean insertUnlessDuplicate(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments)) {
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new WorkbenchSqlException(sql, e);
        }
    }

    /**
     * @return the generated key of the inserted row (its first column, which must be the identity column), or
     *         empty when a unique constraint refused the row
     */
    public Optional<Long> insertReturningId(String sql, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, arguments);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty();
            }
            throw new WorkbenchSqlException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... arguments) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, arguments);
             ResultSet rows = statement.executeQuery()) {
            List<T> results = new ArrayList<>();
            while (rows.next()) {
                results.add(mapper.map(rows));
            }
            return results;
        } catch (SQLException e) {
            throw new WorkbenchSqlException(sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... arguments) {
        return query(sql, mapper, arguments).stream().findFirst();
    }

    /** Runs DDL statements in order. */
    public void execute(List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new WorkbenchSqlException(String.join(";\n", statements), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... arguments) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, arguments);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            Object argument = arguments[i];
            statement.setObject(i + 1, argument instanceof Instant instant ? Timestamp.from(instant) : argument);
        }
    }

    /** A workbench SQL statement failed; names the statement. */
    public static final class WorkbenchSqlException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WorkbenchSqlException(String sql, SQLException cause) {
            super("Workbench SQL failed: " + cause.getMessage() + "\n  " + sql, cause);
        }
    }
}

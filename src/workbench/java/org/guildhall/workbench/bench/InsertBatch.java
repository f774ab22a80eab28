package org.guildhall.workbench.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A prepared insert sent to the database every {@value #BATCH_SIZE} rows: the dataset loads hundreds of thousands of
 * rows, and one round trip per row would make loading take minutes instead of seconds.
 */
final class InsertBatch implements AutoCloseable {

    private static final int BATCH_SIZE = 1000;

    private final PreparedStatement statement;
    private int pending;
    private int rows;

    InsertBatch(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows++;
        if (++pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Sends what is pending; @return the rows added in all */
    int finish() throws SQLException {
        flush();
        return rows;
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}

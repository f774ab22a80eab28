package org.guildhall.ratelimit.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The only code that reads and writes rate-limit windows. Counting is atomic in SQL ({@code HITS = HITS + 1}) and
 * the window's row is unique, so two nodes counting the same person at once never lose a hit.
 */
@Component
public class RateWindowDao {

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public RateWindowDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /**
     * Counts one hit in the person's window for the action and returns the window's hits so far, this one
     * included. The first hit of a window deletes the person's closed windows for the action and inserts the row;
     * call inside a transaction that retries on conflict (two first hits on two nodes: the retry finds the winner's
     * row and adds to it).
     */
    public int hit(String action, String personKey, long windowStart, long windowEnd) {
        String windowKey = action + "|" + windowStart + "|" + personKey;
        Integer counted = sql.createExecutor().execute(connection -> increment(connection, windowKey));
        if (counted != null) {
            return counted;
        }
        sql.createExecutor().execute(connection -> deleteClosed(connection, action, personKey, windowStart));
        Map<String, Object> row = new HashMap<>();
        row.put(RateWindowEntity.WINDOW_KEY, windowKey);
        row.put(RateWindowEntity.PERSON_KEY, personKey);
        row.put(RateWindowEntity.LIMITED_ACTION, action);
        row.put(RateWindowEntity.WINDOW_END, windowEnd);
        row.put(RateWindowEntity.HITS, 1);
        ao.create(RateWindowEntity.class, row);
        return 1;
    }

    /** @return the hits after adding one, or null when the window has no row yet */
    private static Integer increment(Connection connection, String windowKey) {
        try {
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            String table = quote + RateWindowEntity.TABLE + quote;
            String hits = quote + RateWindowEntity.HITS + quote;
            String key = quote + RateWindowEntity.WINDOW_KEY + quote;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + hits + " = " + hits + " + 1 WHERE " + key + " = ?")) {
                update.setString(1, windowKey);
                if (update.executeUpdate() == 0) {
                    return null;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + hits + " FROM " + table + " WHERE " + key + " = ?")) {
                select.setString(1, windowKey);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? result.getInt(1) : null;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a hit in rate-limit window " + windowKey, e);
        }
    }

    private static int deleteClosed(Connection connection, String action, String personKey, long windowStart) {
        try {
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + quote
                    + RateWindowEntity.TABLE + quote + " WHERE " + quote + RateWindowEntity.PERSON_KEY + quote
                    + " = ? AND " + quote + RateWindowEntity.LIMITED_ACTION + quote + " = ? AND " + quote
                    + RateWindowEntity.WINDOW_END + quote + " <= ?")) {
                delete.setString(1, personKey);
                delete.setString(2, action);
                delete.setLong(3, windowStart);
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete closed rate-limit windows of " + personKey, e);
        }
    }
}

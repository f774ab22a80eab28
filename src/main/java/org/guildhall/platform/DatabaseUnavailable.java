package org.guildhall.platform;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure because the database cannot be reached — the server is down or restarting, the network dropped the
 * connection, the connection pool could not open one in time — from every other failure. Those are worth retrying in
 * a little while: the web layer answers them with 503 and {@code Retry-After} instead of a 500.
 *
 * <p>Whatever wraps it (Active Objects' {@code ActiveObjectsSqlException}, SAL, Spring, the app's own exceptions), the
 * cause chain ends in a JDBC {@link SQLException}: a connection exception by SQLState class {@code 08} (the standard's,
 * used by the PostgreSQL, MySQL/MariaDB, SQL Server, Oracle and H2 drivers), PostgreSQL's shutdown states
 * ({@code 57P01}–{@code 57P03}), JDBC's connection exception types, a socket error underneath, or a pool's timeout
 * waiting for a connection.
 */
public final class DatabaseUnavailable {

    /** How long callers are asked to wait before trying again (the {@code Retry-After} header). */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** How deep below an SQL exception to look for a socket error; real chains are a few links long. */
    private static final int MAX_DEPTH = 20;

    private DatabaseUnavailable() {
    }

    /** @return true when {@code failure} (or anything in its cause chain) says the database cannot be reached */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (isConnectionFailure(sql)
                    || sql.getNextException() != null && causedBy(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(SQLException failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = failure.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
            return true;
        }
        int depth = 0;
        for (Throwable cause = failure.getCause(); cause != null && depth++ < MAX_DEPTH; cause = cause.getCause()) {
            if (cause instanceof SocketException || cause instanceof SocketTimeoutException
                    || cause instanceof EOFException || isPoolTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection pool that could not hand out a connection: c3p0's {@code CannotAcquireResourceException} and
     * {@code TimeoutException}, DBCP's and others' timeouts. Matched by name: the pool is the host's, not the app's.
     */
    private static boolean isPoolTimeout(Throwable cause) {
        String name = cause.getClass().getName();
        return name.endsWith("CannotAcquireResourceException") || name.endsWith(".TimeoutException")
                || name.endsWith("ResourcePoolException");
    }
}

package org.guildhall.workbench.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.logging.Logger;

/**
 * A JDBC proxy for benchmarks: it takes the place of a real driver in {@link DriverManager} (same URLs, so Active
 * Objects still recognises the database) and counts every statement executed through it and every row read from a
 * result set ({@code next()} that found a row), so a benchmark can report SQL statements and rows read per request.
 * <p>
 * Statements of the workbench's own background threads (cluster pollers, scheduled jobs, the mail queue: threads named
 * {@code wb-…} or {@code workbench-…}) are not counted: they belong to no request, and a poll every 200 ms would
 * otherwise land inside any request slower than that and make per-request counts vary with the machine's load.
 * <p>
 * It also keeps the same two counts per statement text ({@link #byStatement()}, lists of placeholders shortened to
 * one), so that a benchmark can say which statements a request's rows come from.
 */
public final class StatementCountingDriver implements Driver {

    private static final Set<String> EXECUTE_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong ROWS = new AtomicLong();
    private static final AtomicLong REQUEST_STATEMENTS = new AtomicLong();
    private static final AtomicLong REQUEST_ROWS = new AtomicLong();
    private static final Map<String, Tally> BY_STATEMENT = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER_LIST = Pattern.compile("\\?(\\s*,\\s*\\?)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Driver delegate;

    private StatementCountingDriver(Driver delegate) {
        this.delegate = delegate;
    }

    /**
     * Replaces every registered driver that accepts {@code url} with a counting proxy of it.
     *
     * @return true when a driver was wrapped
     */
    public static synchronized boolean install(String url) throws SQLException {
        boolean wrapped = false;
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (!(driver instanceof StatementCountingDriver) && driver.acceptsURL(url)) {
                DriverManager.deregisterDriver(driver);
                DriverManager.registerDriver(new StatementCountingDriver(driver));
                wrapped = true;
            }
        }
        return wrapped;
    }

    /**
     * Puts back the drivers {@link #install} wrapped for {@code url}, for tests that count for a while only.
     * Connections opened while it was installed go on counting.
     */
    public static synchronized void uninstall(String url) throws SQLException {
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver instanceof StatementCountingDriver counting && counting.acceptsURL(url)) {
                DriverManager.deregisterDriver(counting);
                DriverManager.registerDriver(counting.delegate);
            }
        }
    }

    /** @return statements executed through any counting driver since the JVM started, outside background threads */
    public static long statementsExecuted() {
        return STATEMENTS.get();
    }

    /**
     * @return the statements of {@link #statementsExecuted()} executed outside the app's background threads too (names
     *         starting with {@code guildhall-}): what requests ran themselves, without the work they left queued or
     *         the app's pollers that run meanwhile
     */
    public static long statementsExecutedByRequests() {
        return REQUEST_STATEMENTS.get();
    }

    /** @return rows read (result set {@code next()} calls that found a row) through any counting driver */
    public static long rowsRead() {
        return ROWS.get();
    }

    /**
     * @return the rows of {@link #rowsRead()} read outside the workbench's and the app's background threads (whose
     *         names start with {@code wb-}, {@code workbench-} or {@code guildhall-}): what requests read themselves,
     *         without the work they left queued or the pollers that run meanwhile
     */
    public static long rowsReadByRequests() {
        return REQUEST_ROWS.get();
    }

    /**
     * What one statement text did outside background threads: executions, rows read, and the time its executions took
     * until the driver returned (for PostgreSQL without a fetch size: the database's work and the transfer of every
     * row; the time spent reading the rows afterwards is not in it).
     */
    public record StatementFigures(String statement, long executions, long rows, long nanos) {
    }

    /** @return every statement text seen since the JVM started, with its executions and rows (a snapshot) */
    public static Map<String, StatementFigures> byStatement() {
        Map<String, StatementFigures> snapshot = new HashMap<>();
        BY_STATEMENT.forEach((statement, tally) -> snapshot.put(statement,
                new StatementFigures(statement, tally.executions.sum(), tally.rows.sum(),
                        tally.nanos.sum())));
        return snapshot;
    }

    /** Executions and rows of one statement text. */
    private static final class Tally {
        private final LongAdder executions = new LongAdder();
        private final LongAdder rows = new LongAdder();
        private final LongAdder nanos = new LongAdder();
    }

    private static Tally tally(String statement) {
        return statement == null ? null : BY_STATEMENT.computeIfAbsent(statement, text -> new Tally());
    }

    /** The statement's text with lists of placeholders shortened to one and white space collapsed. */
    static String normalized(String statement) {
        return PLACEHOLDER_LIST.matcher(SPACES.matcher(statement.trim()).replaceAll(" ")).replaceAll("?…");
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection, null);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    /** @return true on the workbench's own threads: its cluster pollers, job runs and mail queue */
    private static boolean onBackgroundThread() {
        String name = Thread.currentThread().getName();
        return name.startsWith("wb-") || name.startsWith("workbench-");
    }

    /** @return true on the app's background threads: its task pool, activity recorder and similar-question index */
    private static boolean onAppBackgroundThread() {
        return Thread.currentThread().getName().startsWith("guildhall-");
    }

    /**
     * @param statement the tally of the statement text a prepared statement or a result set belongs to; null for a
     *                  connection or a plain statement (whose text comes with each execution)
     */
    private static <T> T proxy(Class<T> type, T target, Tally statement) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (target instanceof ResultSet && !method.getName().equals("next")) {
                // a row's values: by far the most calls, and nothing to count (the checks below, made for each of
                // them, were a third of a request's Java time in the app's threads)
                return call(target, method, arguments);
            }
            Tally executed = null;
            if (EXECUTE_METHODS.contains(method.getName()) && !onBackgroundThread()) {
                STATEMENTS.incrementAndGet();
                if (!onAppBackgroundThread()) {
                    REQUEST_STATEMENTS.incrementAndGet();
                }
                executed = arguments != null && arguments.length > 0 && arguments[0] instanceof String text
                        ? tally(normalized(text)) : statement;
                if (executed != null) {
                    executed.executions.increment();
                }
            }
            Object result;
            long started = System.nanoTime();
            try {
                result = call(target, method, arguments);
            } finally {
                if (executed != null) {
                    executed.nanos.add(System.nanoTime() - started);
                }
            }
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                ROWS.incrementAndGet();
                if (!onBackgroundThread() && !onAppBackgroundThread()) {
                    REQUEST_ROWS.incrementAndGet();
                }
                if (statement != null && !onBackgroundThread()) {
                    statement.rows.increment();
                }
            }
            Tally produced = method.getName().startsWith("prepare") && arguments != null && arguments.length > 0
                    && arguments[0] instanceof String text ? tally(normalized(text)) : statement;
            if (result instanceof ResultSet resultSet && !(target instanceof ResultSet)) {
                return proxy(ResultSet.class, resultSet, executed != null ? executed : produced);
            }
            if (result instanceof CallableStatement callable) {
                return proxy(CallableStatement.class, callable, produced);
            }
            if (result instanceof PreparedStatement prepared) {
                return proxy(PreparedStatement.class, prepared, produced);
            }
            if (result instanceof Statement plain && method.getReturnType() == Statement.class) {
                return proxy(Statement.class, plain, null);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    /** Calls the wrapped object, throwing what it threw. */
    private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

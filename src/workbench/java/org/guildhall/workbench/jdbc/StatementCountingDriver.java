package org.guildhall.workbench.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
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
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC proxy for benchmarks: it takes the place of a real driver in {@link DriverManager} (same URLs, so Active
 * Objects still recognises the database) and counts every statement executed through it and every row read from a
 * result set ({@code next()} that found a row), so a benchmark can report SQL statements and rows read per request.
 * <p>
 * Statements of the workbench's own background threads (cluster pollers, scheduled jobs, the mail queue: threads named
 * {@code wb-…} or {@code workbench-…}) are not counted: they belong to no request, and a poll every 200 ms would
 * otherwise land inside any request slower than that and make per-request counts vary with the machine's load.
 */
public final class StatementCountingDriver implements Driver {

    private static final Set<String> EXECUTE_METHODS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong ROWS = new AtomicLong();

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

    /** @return rows read (result set {@code next()} calls that found a row) through any counting driver */
    public static long rowsRead() {
        return ROWS.get();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : proxy(Connection.class, connection);
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

    private static boolean onBackgroundThread() {
        String name = Thread.currentThread().getName();
        return name.startsWith("wb-") || name.startsWith("workbench-");
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (EXECUTE_METHODS.contains(method.getName()) && !onBackgroundThread()) {
                STATEMENTS.incrementAndGet();
            }
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof ResultSet && method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                ROWS.incrementAndGet();
            }
            if (result instanceof ResultSet resultSet && !(target instanceof ResultSet)) {
                return proxy(ResultSet.class, resultSet);
            }
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, statement);
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, statement);
            }
            if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
                return proxy(Statement.class, statement);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), new Class<?>[]{type}, handler));
    }
}

package org.guildhall.platform.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.function.Supplier;

/** {@link Transactions} backed by Active Objects' transaction support. */
@Component
public class ActiveObjectsTransactions implements Transactions {

    /** Serialization failures repeat under contention; a few attempts settle every realistic race. */
    private static final int MAX_ATTEMPTS_AFTER_SERIALIZATION_FAILURE = 5;

    private final ActiveObjects activeObjects;

    public ActiveObjectsTransactions(@ComponentImport ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return activeObjects.executeInTransaction(work::get);
    }

    @Override
    public <T> T inTransactionRetryingOnConflict(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(work);
            } catch (RuntimeException e) {
                boolean retry = isUniqueConstraintViolation(e) ? attempt < 2
                        : isSerializationFailure(e) && attempt < MAX_ATTEMPTS_AFTER_SERIALIZATION_FAILURE;
                if (!retry) {
                    throw e;
                }
            }
        }
    }

    /**
     * SQLState 40001 (serialization failure) and 40P01 (deadlock): the database gave up on this transaction because
     * a concurrent one changed the same rows first, as PostgreSQL does at REPEATABLE READ or SERIALIZABLE when a
     * transaction waited for a row lock. Running it again sees the other transaction's result.
     */
    static boolean isSerializationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if ("40001".equals(next.getSQLState()) || "40P01".equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** SQLState class 23 is "integrity constraint violation" on every database Confluence supports. */
    static boolean isUniqueConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}

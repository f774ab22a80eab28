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
        try {
            return inTransaction(work);
        } catch (RuntimeException e) {
            if (!isUniqueConstraintViolation(e)) {
                throw e;
            }
            return inTransaction(work);
        }
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

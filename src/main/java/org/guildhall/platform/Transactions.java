package org.guildhall.platform;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is written, or none of it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, but when the work loses a race on a unique constraint (another node inserted the
     * same key first), runs it once more in a fresh transaction, where it sees the winner's row. The work must be
     * written to cope with that (update what exists, insert what does not). Likewise runs it again (a few times) when
     * the database aborted it as a serialization failure or deadlock with a concurrent transaction.
     */
    <T> T inTransactionRetryingOnConflict(Supplier<T> work);
}

package org.guildhall.platform;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: all of it is written, or none of it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}

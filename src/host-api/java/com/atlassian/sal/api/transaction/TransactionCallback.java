package com.atlassian.sal.api.transaction;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.transaction.TransactionCallback} (sal-api).
 */
public interface TransactionCallback<T> {

    T doInTransaction();
}

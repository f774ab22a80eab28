package com.atlassian.sal.api.rdbms;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.rdbms.TransactionalExecutor}: runs a callback with the
 * host's JDBC {@code Connection} in the context of a transaction (the callback must neither commit nor close it).
 * Only the member Guildhall calls, {@code <A> A execute(ConnectionCallback<A>)}.
 */
public interface TransactionalExecutor {

    <A> A execute(ConnectionCallback<A> callback);
}

package com.atlassian.sal.api.rdbms;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.rdbms.TransactionalExecutorFactory} (sal-api 3.0+, javadoc
 * sal-parent apidocs {@code rdbms/package-summary}): provided by the host application; {@code createExecutor()} gives
 * an executor that joins the current transaction, or starts one when there is none. Only the member Guildhall calls.
 */
public interface TransactionalExecutorFactory {

    TransactionalExecutor createExecutor();
}

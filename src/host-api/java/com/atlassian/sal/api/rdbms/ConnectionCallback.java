package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.rdbms.ConnectionCallback}: {@code A execute(Connection)},
 * no checked exceptions.
 */
public interface ConnectionCallback<A> {

    A execute(Connection connection);
}

package org.guildhall.workbench.ao;

import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.ActiveObjectsException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Workbench stand-in for SAL's {@code TransactionalExecutorFactory} (bean {@code transactionalExecutorFactory}): the
 * callback gets the connection of the Active Objects transaction it runs in (joined when there is one, as in
 * Confluence, where AO and SAL share the host's transaction), so raw SQL and entity calls see each other's writes.
 */
public final class EntityManagerTransactionalExecutorFactory implements TransactionalExecutorFactory {

    private final EntityManagerActiveObjects activeObjects;

    public EntityManagerTransactionalExecutorFactory(EntityManagerActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public TransactionalExecutor createExecutor() {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(com.atlassian.sal.api.rdbms.ConnectionCallback<A> callback) {
                return activeObjects.executeInTransaction(() -> {
                    // Inside AO's transaction the provider hands out the transaction's connection; closing it only
                    // gives it back.
                    try (Connection connection = activeObjects.entityManager().getProvider().getConnection()) {
                        return callback.execute(connection);
                    } catch (SQLException e) {
                        throw new ActiveObjectsException(e);
                    }
                });
            }
        };
    }
}

package org.guildhall.workbench.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The workbench's stand-in for the {@code ActiveObjects} service of Atlassian's Active Objects plugin: the real
 * Active Objects library ({@link EntityManager}) behind the host interface, with SQL errors wrapped in runtime
 * exceptions and nested transactions joining the outer one, as in Confluence.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    /**
     * Confluence runs its database at READ COMMITTED (and requires it of MySQL/MariaDB); the Active Objects library
     * would otherwise open its transactions SERIALIZABLE, which hides races the app must handle itself. A system
     * property set on the command line wins.
     */
    private static final String ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    static {
        if (System.getProperty(ISOLATION_PROPERTY) == null) {
            System.setProperty(ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
    }

    private final EntityManager entityManager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** Creates or updates the tables of these entities (the AO plugin does this when the plugin starts). */
    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        call(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return call(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        call(() -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return call(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return call(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters) {
        return call(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback) {
        call(() -> {
            entityManager.stream(type, query, streamCallback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return call(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (inTransaction.get()) {
            return callback.doInTransaction();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        } finally {
            inTransaction.remove();
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T call(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}

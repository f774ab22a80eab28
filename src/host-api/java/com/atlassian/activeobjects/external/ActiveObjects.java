package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.List;
import java.util.Map;

/**
 * Compile-only copy of {@code com.atlassian.activeobjects.external.ActiveObjects} from the Active Objects
 * plugin (activeobjects-plugin, as shipped with Confluence 10). Only the members Guildhall calls are copied;
 * descriptors match the published API (javadoc: docs.atlassian.com/activeobjects).
 * The OSGi service is imported by the app; never packaged.
 */
public interface ActiveObjects {

    /** Creates or alters the tables of these entities; only upgrade tasks call it (their AO knows no entities). */
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}

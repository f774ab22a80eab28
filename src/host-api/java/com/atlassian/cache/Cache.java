package com.atlassian.cache;

import java.util.Collection;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.Cache}, reduced to the operations Guildhall
 * uses. Null keys and values are not supported.
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/Cache.html (getName, getKeys,
 * get, put, remove, removeAll with these descriptors). In the Platform 8 API some of these are declared on the
 * super-interfaces {@code ReadThroughCache} and {@code ManagedCache} (Confluence 10.1.2 javadoc of
 * {@code ConfluenceCache}); callers compiled against this copy reference {@code Cache}, which the JVM resolves
 * through those super-interfaces, so the bytecode stays valid.
 */
public interface Cache<K, V> {

    String getName();

    /** @return the keys held on this node, in a new collection */
    Collection<K> getKeys();

    /** @return the value, loading it through the cache's loader on a miss; null on a miss without a loader */
    V get(K key);

    void put(K key, V value);

    void remove(K key);

    void removeAll();
}

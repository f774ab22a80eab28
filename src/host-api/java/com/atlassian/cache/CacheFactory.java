package com.atlassian.cache;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.CacheFactory}, reduced to the one factory
 * method Guildhall uses.
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-cache/2.4.1/apidocs/com/atlassian/cache/class-use/CacheSettings.html:
 * {@code <K,V> Cache<K,V> CacheFactory.getCache(String name, CacheLoader<K,V> loader, CacheSettings required)} —
 * "returns the cache with the given name, loader and required cache settings, creates it if necessary".
 */
public interface CacheFactory {

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}

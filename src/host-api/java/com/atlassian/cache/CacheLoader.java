package com.atlassian.cache;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.CacheLoader} (a {@code @PublicSpi}): fills a
 * cache on a miss. Must return a non-null value.
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheLoader.html:
 * {@code @Nonnull V load(@Nonnull K key)}.
 */
public interface CacheLoader<K, V> {

    V load(K key);
}

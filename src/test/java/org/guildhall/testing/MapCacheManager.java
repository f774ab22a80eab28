package org.guildhall.testing;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A one-node {@link CacheManager} for unit and DAO tests: each cache is a map filled by its loader and emptied by
 * {@code remove}/{@code removeAll}, as atlassian-cache behaves on a single node. Multi-node behaviour is the
 * workbench's {@code DatabaseInvalidatedCacheManager}, tested on its own.
 */
public final class MapCacheManager implements CacheManager {

    private final Map<String, Cache<?, ?>> caches = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        return (Cache<K, V>) caches.computeIfAbsent(name, created -> new MapCache<>(name, loader));
    }

    private record MapCache<K, V>(String name, CacheLoader<K, V> loader, Map<K, V> values) implements Cache<K, V> {

        MapCache(String name, CacheLoader<K, V> loader) {
            this(name, loader, new ConcurrentHashMap<>());
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Collection<K> getKeys() {
            return List.copyOf(values.keySet());
        }

        @Override
        public V get(K key) {
            return loader == null ? values.get(key) : values.computeIfAbsent(key, loader::load);
        }

        @Override
        public void put(K key, V value) {
            values.put(key, value);
        }

        @Override
        public void remove(K key) {
            values.remove(key);
        }

        @Override
        public void removeAll() {
            values.clear();
        }
    }
}

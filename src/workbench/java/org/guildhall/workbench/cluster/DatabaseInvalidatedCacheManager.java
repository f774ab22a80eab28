package org.guildhall.workbench.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Workbench stand-in for atlassian-cache's {@link CacheManager} in Confluence Data Center, where caches are kept on
 * each node and a change on one node invalidates the entry on the others.
 *
 * <p>Every cache lives in the node's memory, bounded by {@code maxEntries} (1000 when the app gives no hint) and the
 * expiry hints. A remote cache (the default, as in Data Center) announces each {@code put}, {@code remove} and
 * {@code removeAll} in the shared database; every node reads the announcements of the others every
 * {@link ClusterTimings#invalidationPoll()} and drops the keys concerned. Values never travel between nodes, so a cache
 * asking for {@code replicateViaCopy()} is replicated by invalidation too, which Atlassian recommends for Data Center
 * anyway; loaders refill what was dropped.
 */
public final class DatabaseInvalidatedCacheManager implements CacheManager {

    private static final int DEFAULT_MAX_ENTRIES = 1000;

    private final CacheInvalidationLog invalidations;
    private final String nodeId;
    private final Clock clock;
    private final Map<String, InvalidatedCache<?, ?>> caches = new ConcurrentHashMap<>();

    DatabaseInvalidatedCacheManager(CacheInvalidationLog invalidations, String nodeId, Clock clock) {
        this.invalidations = invalidations;
        this.nodeId = nodeId;
        this.clock = clock;
    }

    /**
     * Returns the cache with this name, creating it with the loader and settings when this node has none yet. Like
     * atlassian-cache, a cache that already exists keeps the loader and settings it was created with.
     *
     * @param loader fills misses; may be null for a cache that is only filled by {@code put}
     */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(required, "required");
        return (Cache<K, V>) caches.computeIfAbsent(name, created -> {
            BoundedLocalStore<K, V> store = new BoundedLocalStore<>(required.getMaxEntries(DEFAULT_MAX_ENTRIES),
                    required.getExpireAfterWrite(), required.getExpireAfterAccess());
            boolean remote = !required.getLocal(false);
            long version = remote ? invalidations.register(name) : 0;
            return new InvalidatedCache<>(name, loader, store, remote, invalidations, nodeId, clock, version);
        });
    }

    /** @return the caches this node holds, by name (for the benchmark's memory report) */
    public Map<String, Cache<?, ?>> caches() {
        return Map.copyOf(caches);
    }

    /** One poll: applies the invalidations other nodes published. Called from the node's invalidation poller. */
    void applyInvalidations() {
        invalidations.currentVersions().forEach((name, version) -> {
            InvalidatedCache<?, ?> cache = caches.get(name);
            if (cache != null) {
                cache.catchUp(version);
            }
        });
    }
}

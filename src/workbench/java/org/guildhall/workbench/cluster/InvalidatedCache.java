package org.guildhall.workbench.cluster;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;

/**
 * One named cache on one node: a bounded local store, filled by the cache's loader on a miss. A remote cache tells
 * the other nodes about every change through the {@link CacheInvalidationLog}; they drop their copy of the key and
 * load it afresh when next asked. A local cache keeps its changes to itself.
 */
final class InvalidatedCache<K, V> implements Cache<K, V> {

    /** Key texts longer than the log's column invalidate the whole cache on other nodes instead. */
    private static final int KEY_TEXT_LENGTH = 1000;

    private final String name;
    private final CacheLoader<K, V> loader;
    private final BoundedLocalStore<K, V> store;
    private final boolean remote;
    private final CacheInvalidationLog invalidations;
    private final String nodeId;
    private final Clock clock;
    private long seenVersion;

    InvalidatedCache(String name, CacheLoader<K, V> loader, BoundedLocalStore<K, V> store, boolean remote,
                     CacheInvalidationLog invalidations, String nodeId, Clock clock, long seenVersion) {
        this.name = name;
        this.loader = loader;
        this.store = store;
        this.remote = remote;
        this.invalidations = invalidations;
        this.nodeId = nodeId;
        this.clock = clock;
        this.seenVersion = seenVersion;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Collection<K> getKeys() {
        return store.keys(clock.millis());
    }

    @Override
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        V cached = store.get(key, clock.millis());
        if (cached != null || loader == null) {
            return cached;
        }
        long loadStartedAt = store.generation();
        V loaded = Objects.requireNonNull(loader.load(key), () -> "The loader of cache " + name + " returned null for " + key);
        store.putLoaded(key, loaded, clock.millis(), loadStartedAt);
        return loaded;
    }

    /** Stores the value here; other nodes drop the key (this workbench replicates by invalidation only). */
    @Override
    public void put(K key, V value) {
        store.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"), clock.millis());
        publish(String.valueOf(key));
    }

    @Override
    public void remove(K key) {
        store.remove(Objects.requireNonNull(key, "key"));
        publish(String.valueOf(key));
    }

    @Override
    public void removeAll() {
        store.clear();
        publish(null);
    }

    /** Applies what other nodes invalidated since this node last looked; called from the node's invalidation poller. */
    synchronized void catchUp(long currentVersion) {
        if (!remote || currentVersion <= seenVersion) {
            return;
        }
        var missed = invalidations.between(name, seenVersion, currentVersion);
        if (missed.size() < currentVersion - seenVersion) {
            store.clear();
        } else {
            for (CacheInvalidationLog.Invalidation invalidation : missed) {
                if (invalidation.originNode().equals(nodeId)) {
                    continue;
                }
                if (invalidation.keyText() == null) {
                    store.clear();
                } else {
                    store.removeByKeyText(invalidation.keyText());
                }
            }
        }
        seenVersion = currentVersion;
    }

    private void publish(String keyText) {
        if (remote) {
            invalidations.publish(name, nodeId, keyText != null && keyText.length() > KEY_TEXT_LENGTH ? null : keyText);
        }
    }
}

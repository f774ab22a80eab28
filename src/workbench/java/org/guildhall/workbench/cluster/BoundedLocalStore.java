package org.guildhall.workbench.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The entries one node keeps for one cache: at most {@code maxEntries} (least recently used go first), each dropped
 * once it is older than the write or access expiry.
 *
 * <p>Every removal advances a generation number. A value loaded from the database is stored only if no removal
 * happened while it was being loaded; otherwise an invalidation from another node that arrived mid-load could be
 * overwritten by the stale value the load read.
 */
final class BoundedLocalStore<K, V> {

    private record Entry<V>(V value, long writtenAt, long accessedAt) {
    }

    private final int maxEntries;
    private final Long expireAfterWriteMillis;
    private final Long expireAfterAccessMillis;
    private final LinkedHashMap<K, Entry<V>> entries;
    private long generation;

    BoundedLocalStore(int maxEntries, Long expireAfterWriteMillis, Long expireAfterAccessMillis) {
        this.maxEntries = maxEntries;
        this.expireAfterWriteMillis = expireAfterWriteMillis;
        this.expireAfterAccessMillis = expireAfterAccessMillis;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > BoundedLocalStore.this.maxEntries;
            }
        };
    }

    /** @return the live value, or null when there is none or it has expired */
    synchronized V get(K key, long now) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (isExpired(entry, now)) {
            entries.remove(key);
            return null;
        }
        if (expireAfterAccessMillis != null) {
            entries.put(key, new Entry<>(entry.value(), entry.writtenAt(), now));
        }
        return entry.value();
    }

    synchronized void put(K key, V value, long now) {
        entries.put(key, new Entry<>(value, now, now));
    }

    /** Stores a loaded value unless something was removed since {@code loadStartedAt} was taken. */
    synchronized void putLoaded(K key, V value, long now, long loadStartedAt) {
        if (generation == loadStartedAt) {
            put(key, value, now);
        }
    }

    /** @return the generation to hand to {@link #putLoaded} after loading */
    synchronized long generation() {
        return generation;
    }

    synchronized void remove(K key) {
        generation++;
        entries.remove(key);
    }

    /** Removes the entries whose key reads as {@code keyText}, the form in which other nodes name invalidated keys. */
    synchronized void removeByKeyText(String keyText) {
        generation++;
        entries.keySet().removeIf(key -> String.valueOf(key).equals(keyText));
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }

    synchronized Collection<K> keys(long now) {
        for (Iterator<Entry<V>> live = entries.values().iterator(); live.hasNext(); ) {
            if (isExpired(live.next(), now)) {
                live.remove();
            }
        }
        return new ArrayList<>(entries.keySet());
    }

    private boolean isExpired(Entry<V> entry, long now) {
        return (expireAfterWriteMillis != null && now - entry.writtenAt() >= expireAfterWriteMillis)
                || (expireAfterAccessMillis != null && now - entry.accessedAt() >= expireAfterAccessMillis);
    }
}

package org.guildhall.workbench.cluster;

import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;

import java.util.concurrent.TimeUnit;

/**
 * How the workbench's own host caches (spaces, space permissions, groups, verified passwords) are set up: like
 * Confluence Data Center's, remote and replicated by invalidation, so that a change on one node is seen on every
 * node, and bounded so that a large instance cannot fill the heap.
 */
public final class HostCacheSettings {

    private HostCacheSettings() {
    }

    /** A cluster-wide cache of at most {@code maxEntries} values that lives until a writer invalidates it. */
    public static CacheSettings invalidatedOnChange(int maxEntries) {
        return new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(maxEntries).build();
    }

    /** As {@link #invalidatedOnChange}, and each value also expires {@code seconds} after it was stored. */
    public static CacheSettings expiringAfter(int maxEntries, long seconds) {
        return new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(maxEntries)
                .expireAfterWrite(seconds, TimeUnit.SECONDS).build();
    }
}

package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.CacheSettingsBuilder}. Unlike the interfaces
 * beside it this is a concrete class in the API jar, so the copy really builds settings: the workbench's cache
 * manager reads what the app asked for.
 *
 * <p>Members and their meaning confirmed from
 * docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * and a decompiled current atlassian-cache-api (fs:42381946796): durations are kept in milliseconds, a hint that was
 * never set stays null, {@code replicateViaInvalidation()} clears the replicate-via-copy hint, and
 * {@code maxEntries} rejects values below one.
 */
public class CacheSettingsBuilder {

    private Long expireAfterAccess;
    private Long expireAfterWrite;
    private Boolean flushable;
    private Boolean local;
    private Integer maxEntries;
    private Boolean replicateAsynchronously;
    private Boolean replicateViaCopy;
    private Boolean statisticsEnabled;

    public CacheSettingsBuilder() {
    }

    /** Starts from the hints of existing settings. */
    public CacheSettingsBuilder(CacheSettings settings) {
        expireAfterAccess = settings.getExpireAfterAccess();
        expireAfterWrite = settings.getExpireAfterWrite();
        flushable = settings.getFlushable();
        local = settings.getLocal();
        maxEntries = settings.getMaxEntries();
        replicateAsynchronously = settings.getReplicateAsynchronously();
        replicateViaCopy = settings.getReplicateViaCopy();
        statisticsEnabled = settings.getStatisticsEnabled();
    }

    public CacheSettings build() {
        return new BuiltSettings(expireAfterAccess, expireAfterWrite, flushable, local, maxEntries,
                replicateAsynchronously, replicateViaCopy, statisticsEnabled);
    }

    public CacheSettingsBuilder expireAfterAccess(long expireAfter, TimeUnit timeUnit) {
        expireAfterAccess = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    public CacheSettingsBuilder flushable() {
        flushable = true;
        return this;
    }

    public CacheSettingsBuilder unflushable() {
        flushable = false;
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be greater than zero, passed: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        return this;
    }

    public CacheSettingsBuilder replicateAsynchronously() {
        replicateAsynchronously = true;
        return this;
    }

    public CacheSettingsBuilder replicateSynchronously() {
        replicateAsynchronously = false;
        return this;
    }

    public CacheSettingsBuilder replicateViaCopy() {
        replicateViaCopy = true;
        return this;
    }

    public CacheSettingsBuilder replicateViaInvalidation() {
        replicateViaCopy = false;
        return this;
    }

    public CacheSettingsBuilder local() {
        local = true;
        return this;
    }

    public CacheSettingsBuilder remote() {
        local = false;
        return this;
    }

    public CacheSettingsBuilder statisticsEnabled() {
        statisticsEnabled = true;
        return this;
    }

    public CacheSettingsBuilder statisticsDisabled() {
        statisticsEnabled = false;
        return this;
    }

    /** The immutable result of {@link #build()}; the API jar's equivalent is {@code DefaultCacheSettings}. */
    private record BuiltSettings(Long expireAfterAccess, Long expireAfterWrite, Boolean flushable, Boolean local,
                                 Integer maxEntries, Boolean replicateAsynchronously, Boolean replicateViaCopy,
                                 Boolean statisticsEnabled) implements CacheSettings {

        @Override
        public Long getExpireAfterAccess() {
            return expireAfterAccess;
        }

        @Override
        public long getExpireAfterAccess(long defaultValue) {
            return expireAfterAccess == null ? defaultValue : expireAfterAccess;
        }

        @Override
        public Long getExpireAfterWrite() {
            return expireAfterWrite;
        }

        @Override
        public long getExpireAfterWrite(long defaultValue) {
            return expireAfterWrite == null ? defaultValue : expireAfterWrite;
        }

        @Override
        public Boolean getFlushable() {
            return flushable;
        }

        @Override
        public boolean getFlushable(boolean defaultValue) {
            return flushable == null ? defaultValue : flushable;
        }

        @Override
        public Boolean getLocal() {
            return local;
        }

        @Override
        public boolean getLocal(boolean defaultValue) {
            return local == null ? defaultValue : local;
        }

        @Override
        public Integer getMaxEntries() {
            return maxEntries;
        }

        @Override
        public int getMaxEntries(int defaultValue) {
            return maxEntries == null ? defaultValue : maxEntries;
        }

        @Override
        public Boolean getReplicateAsynchronously() {
            return replicateAsynchronously;
        }

        @Override
        public boolean getReplicateAsynchronously(boolean defaultValue) {
            return replicateAsynchronously == null ? defaultValue : replicateAsynchronously;
        }

        @Override
        public Boolean getReplicateViaCopy() {
            return replicateViaCopy;
        }

        @Override
        public boolean getReplicateViaCopy(boolean defaultValue) {
            return replicateViaCopy == null ? defaultValue : replicateViaCopy;
        }

        @Override
        public Boolean getStatisticsEnabled() {
            return statisticsEnabled;
        }

        @Override
        public boolean getStatisticsEnabled(boolean defaultValue) {
            return statisticsEnabled == null ? defaultValue : statisticsEnabled;
        }
    }
}

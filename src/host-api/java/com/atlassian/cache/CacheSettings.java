package com.atlassian.cache;

/**
 * Compile-only copy of atlassian-cache-api's {@code com.atlassian.cache.CacheSettings}: the immutable hints a cache is
 * created with. A getter returns null when the hint was not given; its one-argument twin returns the default instead.
 *
 * <p>Confirmed from docs.atlassian.com/atlassian-cache/2.5.5/apidocs/com/atlassian/cache/CacheSettings.html and a
 * decompiled current atlassian-cache-api (fs:42284648511), which adds the statistics hint. {@code override} is left
 * out: Guildhall does not call it.
 */
public interface CacheSettings {

    Long getExpireAfterAccess();

    long getExpireAfterAccess(long defaultValue);

    Long getExpireAfterWrite();

    long getExpireAfterWrite(long defaultValue);

    Boolean getFlushable();

    boolean getFlushable(boolean defaultValue);

    Boolean getLocal();

    boolean getLocal(boolean defaultValue);

    Integer getMaxEntries();

    int getMaxEntries(int defaultValue);

    Boolean getReplicateAsynchronously();

    boolean getReplicateAsynchronously(boolean defaultValue);

    Boolean getReplicateViaCopy();

    boolean getReplicateViaCopy(boolean defaultValue);

    Boolean getStatisticsEnabled();

    boolean getStatisticsEnabled(boolean defaultValue);
}

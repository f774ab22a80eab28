package org.guildhall.workbench.cluster;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The database side of cache invalidation: a version counter per cache ({@code WB_CACHE_VERSION}) and a log of what
 * each version invalidated ({@code WB_CACHE_INVALIDATION}).
 *
 * <p>A node publishes an invalidation by raising the cache's version and logging the key in one transaction. The
 * UPDATE locks the version row until commit, so versions of one cache commit in order: a node that reads version N
 * can read every log row up to N. Only the newest {@value #VERSIONS_KEPT} rows of a cache are kept; a node that fell
 * further behind finds rows missing and drops the whole cache instead.
 */
final class CacheInvalidationLog {

    /** One logged invalidation; a null key text means the whole cache. */
    record Invalidation(long version, String originNode, String keyText) {
    }

    static final int VERSIONS_KEPT = 1000;

    private final ClusterDatabase database;

    CacheInvalidationLog(ClusterDatabase database) {
        this.database = database;
    }

    /** Creates the cache's version row when it is missing. @return the cache's current version */
    long register(String cacheName) {
        List<Long> version = currentVersion(cacheName);
        if (!version.isEmpty()) {
            return version.get(0);
        }
        database.insertIfAbsent("INSERT INTO WB_CACHE_VERSION (CACHE_NAME, VERSION) VALUES (?, 0)", cacheName);
        return currentVersion(cacheName).get(0);
    }

    private List<Long> currentVersion(String cacheName) {
        return database.query("SELECT VERSION FROM WB_CACHE_VERSION WHERE CACHE_NAME = ?", row -> row.getLong(1), cacheName);
    }

    void publish(String cacheName, String originNode, String keyText) {
        database.inTransaction(connection -> {
            ClusterDatabase.update(connection, "UPDATE WB_CACHE_VERSION SET VERSION = VERSION + 1 WHERE CACHE_NAME = ?", cacheName);
            long version = ClusterDatabase.query(connection, "SELECT VERSION FROM WB_CACHE_VERSION WHERE CACHE_NAME = ?",
                    row -> row.getLong(1), cacheName).get(0);
            ClusterDatabase.update(connection, "INSERT INTO WB_CACHE_INVALIDATION (CACHE_NAME, VERSION, ORIGIN_NODE, CACHE_KEY) "
                    + "VALUES (?, ?, ?, ?)", cacheName, version, originNode, keyText);
            ClusterDatabase.update(connection, "DELETE FROM WB_CACHE_INVALIDATION WHERE CACHE_NAME = ? AND VERSION <= ?",
                    cacheName, version - VERSIONS_KEPT);
            return version;
        });
    }

    /** @return the current version of every cache any node has registered */
    Map<String, Long> currentVersions() {
        return database.query("SELECT CACHE_NAME, VERSION FROM WB_CACHE_VERSION",
                        row -> Map.entry(row.getString(1), row.getLong(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** @return the invalidations after version {@code seen} up to and including {@code upTo}, oldest first */
    List<Invalidation> between(String cacheName, long seen, long upTo) {
        return database.query("SELECT VERSION, ORIGIN_NODE, CACHE_KEY FROM WB_CACHE_INVALIDATION "
                        + "WHERE CACHE_NAME = ? AND VERSION > ? AND VERSION <= ? ORDER BY VERSION",
                row -> new Invalidation(row.getLong(1), row.getString(2), row.getString(3)), cacheName, seen, upTo);
    }
}

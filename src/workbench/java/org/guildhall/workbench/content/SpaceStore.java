package org.guildhall.workbench.content;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.guildhall.workbench.cluster.HostCacheSettings;
import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The workbench's spaces ({@code WB_SPACE}), standing in for Confluence's space table.
 *
 * <p>Confluence caches spaces by key; so does this store, through the cluster's cache (unknown keys included, so that
 * asking again about a missing space costs nothing either). Every write of this class removes the space's entry on
 * every node: a new write method must do the same, and code that writes the table directly must call
 * {@link #forgetCached()}.
 */
public final class SpaceStore {

    private static final String CACHE_NAME = "org.guildhall.workbench.spaces";
    private static final int CACHED_SPACES = 10_000;

    private final SqlRunner sql;
    private final Cache<String, Optional<StoredSpace>> byKey;

    public SpaceStore(SqlRunner sql, CacheManager caches) {
        this.sql = sql;
        this.byKey = caches.getCache(CACHE_NAME, this::load, HostCacheSettings.invalidatedOnChange(CACHED_SPACES));
    }

    /** @return false when a space with that key exists already (the primary key decides) */
    public boolean create(String key, String name) {
        boolean created = sql.insertUnlessDuplicate("INSERT INTO WB_SPACE (SPACE_KEY, NAME, CREATED_AT) VALUES (?, ?, ?)",
                key, name, Instant.now());
        byKey.remove(key);
        return created;
    }

    public Optional<StoredSpace> find(String key) {
        return byKey.get(key);
    }

    /** Forgets every cached space, on every node: for bulk loaders that write the table directly. */
    public void forgetCached() {
        byKey.removeAll();
    }

    private Optional<StoredSpace> load(String key) {
        return sql.queryOne("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE WHERE SPACE_KEY = ?",
                SpaceStore::space, key);
    }

    /** @return every space, by name */
    public List<StoredSpace> all() {
        return sql.query("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE ORDER BY NAME", SpaceStore::space);
    }

    public void setHomePage(String key, long pageId) {
        sql.update("UPDATE WB_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?", pageId, key);
        byKey.remove(key);
    }

    private static StoredSpace space(ResultSet row) throws SQLException {
        long home = row.getLong("HOME_PAGE_ID");
        return new StoredSpace(row.getString("SPACE_KEY"), row.getString("NAME"),
                row.wasNull() ? Optional.empty() : Optional.of(home));
    }
}

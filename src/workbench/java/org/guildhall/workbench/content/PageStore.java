package org.guildhall.workbench.content;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.guildhall.workbench.cluster.HostCacheSettings;
import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's pages ({@code WB_PAGE}), their comments ({@code WB_COMMENT}) and view restrictions
 * ({@code WB_PAGE_VIEWER}), standing in for Confluence's content tables. Changes are announced to the app through
 * {@link ContentEvents}, as Confluence publishes its content events.
 */
public final class PageStore {

    /** Confluence caches content permissions; so does the stand-in, for as many pages as benchmarks check. */
    static final int CACHED_PAGES = 100_000;
    private static final String VIEWERS_CACHE = "org.guildhall.workbench.pageViewers";

    private final SqlRunner sql;
    private final Cache<Long, Set<String>> viewers;
    private volatile ContentEvents events = ContentEvents.NONE;

    public PageStore(SqlRunner sql, CacheManager caches) {
        this.sql = sql;
        this.viewers = caches.getCache(VIEWERS_CACHE, this::loadViewers,
                HostCacheSettings.invalidatedOnChange(CACHED_PAGES));
    }

    /** From now on, creating and updating pages and comments publishes Confluence's events through {@code events}. */
    public void announceChangesThrough(ContentEvents events) {
        this.events = events;
    }

    /** @return the new page's id, or empty when the space has a page with that title already */
    public Optional<Long> create(String spaceKey, String title, String storageBody, String creatorKey) {
        return create(spaceKey, title, storageBody, creatorKey, List.of());
    }

    /** @return the new page's id (with these labels), or empty when the space has a page with that title already */
    public Optional<Long> create(String spaceKey, String title, String storageBody, String creatorKey,
                                 Collection<String> labels) {
        Optional<Long> id = sql.insertReturningId(
                "INSERT INTO WB_PAGE (SPACE_KEY, TITLE, BODY, CREATOR_KEY, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                spaceKey, title, storageBody, creatorKey, Instant.now());
        id.ifPresent(pageId -> labels.forEach(label -> sql.update(
                "INSERT INTO WB_PAGE_LABEL (PAGE_ID, LABEL) VALUES (?, ?)", pageId, label)));
        id.flatMap(this::find).ifPresent(page -> events.pageCreated(page, creatorKey, labels(page.id()),
                creatorKey));
        return id;
    }

    /** @return the page's labels, by name */
    public List<String> labels(long pageId) {
        return sql.query("SELECT LABEL FROM WB_PAGE_LABEL WHERE PAGE_ID = ? ORDER BY LABEL",
                row -> row.getString("LABEL"), pageId);
    }

    /** @return the key of the page's creator, if known */
    public Optional<String> creator(long pageId) {
        return sql.queryOne("SELECT CREATOR_KEY FROM WB_PAGE WHERE ID = ?", row -> row.getString("CREATOR_KEY"),
                pageId);
    }

    /** @return true when the page existed and now has that title and body */
    public boolean update(long id, String title, String storageBody, String editorKey) {
        boolean updated = sql.update("UPDATE WB_PAGE SET TITLE = ?, BODY = ? WHERE ID = ?", title, storageBody, id) > 0;
        if (updated) {
            find(id).ifPresent(page -> events.pageUpdated(page, editorKey, labels(id), creator(id).orElse(null)));
        }
        return updated;
    }

    /** @return the new comment's id, or empty when there is no such page */
    public Optional<Long> addComment(long pageId, String storageBody, String creatorKey) {
        Optional<StoredPage> page = find(pageId);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> id = sql.insertReturningId(
                "INSERT INTO WB_COMMENT (PAGE_ID, BODY, CREATOR_KEY, CREATED_AT) VALUES (?, ?, ?, ?)",
                pageId, storageBody, creatorKey, Instant.now());
        id.ifPresent(commentId -> events.commentAdded(page.get(), commentId, storageBody, creatorKey));
        return id;
    }

    /** Lets only these people view the page (an empty list lifts the restriction). */
    public void restrictViewing(long pageId, Collection<String> userKeys) {
        sql.update("DELETE FROM WB_PAGE_VIEWER WHERE PAGE_ID = ?", pageId);
        for (String userKey : userKeys) {
            sql.update("INSERT INTO WB_PAGE_VIEWER (PAGE_ID, USER_KEY) VALUES (?, ?)", pageId, userKey);
        }
        viewers.remove(pageId);
    }

    /** @return the people a restricted page is visible to; empty when the page is not restricted */
    public Set<String> viewers(long pageId) {
        return viewers.get(pageId);
    }

    private Set<String> loadViewers(Long pageId) {
        return Set.copyOf(sql.query("SELECT USER_KEY FROM WB_PAGE_VIEWER WHERE PAGE_ID = ?",
                row -> row.getString("USER_KEY"), pageId));
    }

    public Optional<StoredPage> find(long id) {
        return sql.queryOne("SELECT ID, SPACE_KEY, TITLE, BODY FROM WB_PAGE WHERE ID = ?", PageStore::page, id);
    }

    /** @return the pages among these ids that exist, in no particular order (one query) */
    public List<StoredPage> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.query("SELECT ID, SPACE_KEY, TITLE, '' AS BODY FROM WB_PAGE WHERE ID IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", PageStore::page, ids.toArray());
    }

    /** @return the titles and ids of a space's pages (bodies left out), by title */
    public List<StoredPage> listInSpace(String spaceKey) {
        return sql.query("SELECT ID, SPACE_KEY, TITLE, '' AS BODY FROM WB_PAGE WHERE SPACE_KEY = ? ORDER BY TITLE",
                PageStore::page, spaceKey);
    }

    private static StoredPage page(ResultSet row) throws SQLException {
        return new StoredPage(row.getLong("ID"), row.getString("SPACE_KEY"), row.getString("TITLE"),
                row.getString("BODY"));
    }
}

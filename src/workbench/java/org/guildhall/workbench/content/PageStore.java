package org.guildhall.workbench.content;

import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workbench's pages ({@code WB_PAGE}), standing in for Confluence's content table. */
public final class PageStore {

    private final SqlRunner sql;

    public PageStore(SqlRunner sql) {
        this.sql = sql;
    }

    /** @return the new page's id, or empty when the space has a page with that title already */
    public Optional<Long> create(String spaceKey, String title, String storageBody, String creatorKey) {
        return sql.insertReturningId(
                "INSERT INTO WB_PAGE (SPACE_KEY, TITLE, BODY, CREATOR_KEY, CREATED_AT) VALUES (?, ?, ?, ?, ?)",
                spaceKey, title, storageBody, creatorKey, Instant.now());
    }

    public Optional<StoredPage> find(long id) {
        return sql.queryOne("SELECT ID, SPACE_KEY, TITLE, BODY FROM WB_PAGE WHERE ID = ?", PageStore::page, id);
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

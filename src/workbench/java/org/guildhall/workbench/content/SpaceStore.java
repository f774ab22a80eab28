package org.guildhall.workbench.content;

import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workbench's spaces ({@code WB_SPACE}), standing in for Confluence's space table. */
public final class SpaceStore {

    private final SqlRunner sql;

    public SpaceStore(SqlRunner sql) {
        this.sql = sql;
    }

    /** @return false when a space with that key exists already (the primary key decides) */
    public boolean create(String key, String name) {
        return sql.insertUnlessDuplicate("INSERT INTO WB_SPACE (SPACE_KEY, NAME, CREATED_AT) VALUES (?, ?, ?)",
                key, name, Instant.now());
    }

    public Optional<StoredSpace> find(String key) {
        return sql.queryOne("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE WHERE SPACE_KEY = ?",
                SpaceStore::space, key);
    }

    /** @return every space, by name */
    public List<StoredSpace> all() {
        return sql.query("SELECT SPACE_KEY, NAME, HOME_PAGE_ID FROM WB_SPACE ORDER BY NAME", SpaceStore::space);
    }

    public void setHomePage(String key, long pageId) {
        sql.update("UPDATE WB_SPACE SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?", pageId, key);
    }

    private static StoredSpace space(ResultSet row) throws SQLException {
        long home = row.getLong("HOME_PAGE_ID");
        return new StoredSpace(row.getString("SPACE_KEY"), row.getString("NAME"),
                row.wasNull() ? Optional.empty() : Optional.of(home));
    }
}

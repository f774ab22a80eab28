package org.guildhall.workbench.content;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.guildhall.workbench.cluster.HostCacheSettings;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The workbench's space permissions ({@code WB_SPACE_PERMISSION}), standing in for Confluence's.
 *
 * <p>Confluence caches each space's permissions, so checking whether a person may view a space costs no query once
 * the space has been looked at; this store does the same through the cluster's cache, per space. Every write of this
 * class removes the space's entry, which every other node drops too: a new write method must do the same, and code
 * that writes the table directly must call {@link #forgetCached()}.
 */
public final class SpacePermissionStore {

    /** More than the spaces of the benchmark's largest dataset, as Confluence sizes its caches for large instances. */
    static final int CACHED_SPACES = 10_000;
    private static final String CACHE_NAME = "org.guildhall.workbench.spacePermissions";
    private static final String ANONYMOUS_SUBJECT = "anonymous";

    private final SqlRunner sql;
    private final Cache<String, List<SpacePermission>> bySpace;
    /** Told of every change (null after {@link #forgetCached()}), as Confluence publishes space permission events. */
    private volatile BiConsumer<SpacePermission, Boolean> changes = (permission, granted) -> {
    };

    public SpacePermissionStore(SqlRunner sql, CacheManager caches) {
        this.sql = sql;
        this.bySpace = caches.getCache(CACHE_NAME, this::load, HostCacheSettings.invalidatedOnChange(CACHED_SPACES));
    }

    /** Grants a permission; granting one that exists already changes nothing (a unique constraint decides). */
    public void grant(String spaceKey, SubjectType subjectType, String subject, String operation) {
        sql.insertUnlessDuplicate(
                "INSERT INTO WB_SPACE_PERMISSION (SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION) VALUES (?, ?, ?, ?)",
                spaceKey, subjectType.name(), subjectType == SubjectType.ANONYMOUS ? ANONYMOUS_SUBJECT : subject,
                operation);
        bySpace.remove(spaceKey);
        changes.accept(new SpacePermission(0, spaceKey, subjectType, subject, operation), true);
    }

    /** Removes a permission; removing one that does not exist changes nothing. */
    public void revoke(String spaceKey, SubjectType subjectType, String subject, String operation) {
        sql.update("DELETE FROM WB_SPACE_PERMISSION WHERE SPACE_KEY = ? AND SUBJECT_TYPE = ? AND SUBJECT = ? "
                + "AND OPERATION = ?", spaceKey, subjectType.name(),
                subjectType == SubjectType.ANONYMOUS ? ANONYMOUS_SUBJECT : subject, operation);
        bySpace.remove(spaceKey);
        changes.accept(new SpacePermission(0, spaceKey, subjectType, subject, operation), false);
    }

    /**
     * From now on tells {@code changes} of every grant (true) and revocation (false), and of bulk writes (a null
     * permission), after the change: Confluence's {@code SpacePermissionManager} publishes an event for each.
     */
    public void announceChangesThrough(BiConsumer<SpacePermission, Boolean> changes) {
        this.changes = changes;
    }

    /** Forgets every cached permission, on every node: for bulk loaders that write the table directly. */
    public void forgetCached() {
        bySpace.removeAll();
        changes.accept(null, true);
    }

    /** @return the space's permissions in the order they were granted */
    public List<SpacePermission> list(String spaceKey) {
        return bySpace.get(spaceKey);
    }

    private List<SpacePermission> load(String spaceKey) {
        return List.copyOf(sql.query("SELECT ID, SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION FROM WB_SPACE_PERMISSION "
                + "WHERE SPACE_KEY = ? ORDER BY ID", SpacePermissionStore::permission, spaceKey));
    }

    /**
     * @param userKey null for anonymous
     * @return the operations granted in the space to this user directly, to one of their groups, or to anonymous
     */
    public Set<String> operationsOf(String spaceKey, String userKey, Set<String> groups) {
        Set<String> operations = new HashSet<>();
        for (SpacePermission permission : list(spaceKey)) {
            boolean applies = switch (permission.subjectType()) {
                case ANONYMOUS -> true;
                case USER -> permission.subject().equals(userKey);
                case GROUP -> userKey != null && groups.contains(permission.subject());
            };
            if (applies) {
                operations.add(permission.operation());
            }
        }
        return operations;
    }

    private static SpacePermission permission(ResultSet row) throws SQLException {
        return new SpacePermission(row.getLong("ID"), row.getString("SPACE_KEY"),
                SubjectType.valueOf(row.getString("SUBJECT_TYPE").toUpperCase(Locale.ROOT)),
                row.getString("SUBJECT"), row.getString("OPERATION"));
    }
}

package org.guildhall.workbench.content;

import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The workbench's space permissions ({@code WB_SPACE_PERMISSION}), standing in for Confluence's. */
public final class SpacePermissionStore {

    private static final String ANONYMOUS_SUBJECT = "anonymous";

    private final SqlRunner sql;

    public SpacePermissionStore(SqlRunner sql) {
        this.sql = sql;
    }

    /** Grants a permission; granting one that exists already changes nothing (a unique constraint decides). */
    public void grant(String spaceKey, SubjectType subjectType, String subject, String operation) {
        sql.insertUnlessDuplicate(
                "INSERT INTO WB_SPACE_PERMISSION (SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION) VALUES (?, ?, ?, ?)",
                spaceKey, subjectType.name(), subjectType == SubjectType.ANONYMOUS ? ANONYMOUS_SUBJECT : subject,
                operation);
    }

    /** Removes a permission; removing one that does not exist changes nothing. */
    public void revoke(String spaceKey, SubjectType subjectType, String subject, String operation) {
        sql.update("DELETE FROM WB_SPACE_PERMISSION WHERE SPACE_KEY = ? AND SUBJECT_TYPE = ? AND SUBJECT = ? "
                + "AND OPERATION = ?", spaceKey, subjectType.name(),
                subjectType == SubjectType.ANONYMOUS ? ANONYMOUS_SUBJECT : subject, operation);
    }

    public List<SpacePermission> list(String spaceKey) {
        return sql.query("SELECT ID, SPACE_KEY, SUBJECT_TYPE, SUBJECT, OPERATION FROM WB_SPACE_PERMISSION "
                + "WHERE SPACE_KEY = ? ORDER BY ID", SpacePermissionStore::permission, spaceKey);
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

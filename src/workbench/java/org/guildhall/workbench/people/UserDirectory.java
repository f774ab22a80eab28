package org.guildhall.workbench.people;

import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's users and groups ({@code WB_USER}, {@code WB_GROUP_MEMBER}), standing in for Confluence's
 * user directory. Members of {@value #ADMINISTRATORS} are system administrators; every user belongs to
 * {@value #USERS}.
 */
public final class UserDirectory {

    public static final String ADMINISTRATORS = "confluence-administrators";
    public static final String USERS = "confluence-users";

    private static final String COLUMNS = "USER_KEY, USERNAME, FULL_NAME, EMAIL, LOCALE";

    private final SqlRunner sql;

    public UserDirectory(SqlRunner sql) {
        this.sql = sql;
    }

    public Optional<WorkbenchUser> byUsername(String username) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM WB_USER WHERE USERNAME = ?", UserDirectory::user, username);
    }

    public Optional<WorkbenchUser> byKey(String userKey) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM WB_USER WHERE USER_KEY = ?", UserDirectory::user, userKey);
    }

    /** @return the user when the password is theirs; empty for an unknown user or a wrong password */
    public Optional<WorkbenchUser> authenticate(String username, String password) {
        Optional<String> hash = sql.queryOne("SELECT PASSWORD_HASH FROM WB_USER WHERE USERNAME = ?",
                row -> row.getString(1), username);
        if (hash.isEmpty() || !PasswordHash.matches(password, hash.get())) {
            return Optional.empty();
        }
        return byUsername(username);
    }

    public Set<String> groupsOf(String userKey) {
        return new HashSet<>(sql.query("SELECT GROUP_NAME FROM WB_GROUP_MEMBER WHERE USER_KEY = ?",
                row -> row.getString(1), userKey));
    }

    public boolean isSystemAdministrator(String userKey) {
        return groupsOf(userKey).contains(ADMINISTRATORS);
    }

    /** @return true for a group created empty ({@code WB_GROUP}) or one with members */
    public boolean groupExists(String groupName) {
        return !sql.query("SELECT 1 FROM WB_GROUP WHERE GROUP_NAME = ?", row -> 1, groupName).isEmpty()
                || !sql.query("SELECT 1 FROM WB_GROUP_MEMBER WHERE GROUP_NAME = ?", row -> 1, groupName).isEmpty();
    }

    /** Creates an empty group; creating one that exists changes nothing. */
    public void createGroup(String groupName) {
        sql.insertUnlessDuplicate("INSERT INTO WB_GROUP (GROUP_NAME) VALUES (?)", groupName);
    }

    public void addToGroup(String groupName, String userKey) {
        sql.insertUnlessDuplicate("INSERT INTO WB_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)",
                groupName, userKey);
    }

    public void removeFromGroup(String groupName, String userKey) {
        sql.update("DELETE FROM WB_GROUP_MEMBER WHERE GROUP_NAME = ? AND USER_KEY = ?", groupName, userKey);
    }

    /** Adds a user with a password and puts them into these groups. */
    public void create(WorkbenchUser user, String password, List<String> groups) {
        sql.update("INSERT INTO WB_USER (USER_KEY, USERNAME, FULL_NAME, EMAIL, LOCALE, PASSWORD_HASH) VALUES (?, ?, ?, ?, ?, ?)",
                user.userKey(), user.username(), user.fullName(), user.email(), user.locale().toLanguageTag(),
                PasswordHash.of(password));
        for (String group : groups) {
            sql.insertUnlessDuplicate("INSERT INTO WB_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)",
                    group, user.userKey());
        }
    }

    private static WorkbenchUser user(ResultSet row) throws SQLException {
        return new WorkbenchUser(row.getString("USER_KEY"), row.getString("USERNAME"), row.getString("FULL_NAME"),
                row.getString("EMAIL"), Locale.forLanguageTag(row.getString("LOCALE")));
    }
}

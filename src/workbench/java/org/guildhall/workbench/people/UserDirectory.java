package org.guildhall.workbench.people;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import org.guildhall.workbench.cluster.HostCacheSettings;
import org.guildhall.workbench.db.SqlRunner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workbench's users and groups ({@code WB_USER}, {@code WB_GROUP_MEMBER}), standing in for Confluence's
 * user directory. Members of {@value #ADMINISTRATORS} are system administrators; every user belongs to
 * {@value #USERS}.
 *
 * <p>Like Confluence, it caches each user's groups (every permission check needs them), users by name (as
 * Confluence's user DAO caches them: user pickers and searches resolve many names at once) and remembers passwords it
 * verified a moment ago ({@link RecentlyVerifiedPasswords}), all through the cluster's cache. Every write of this
 * class removes the user's entries on every node: a new write method must do the same, and code that writes the
 * tables directly must call {@link #forgetCached()}.
 */
public final class UserDirectory {

    public static final String ADMINISTRATORS = "confluence-administrators";
    public static final String USERS = "confluence-users";

    private static final String COLUMNS = "USER_KEY, USERNAME, FULL_NAME, EMAIL, LOCALE";

    private static final String GROUPS_CACHE_NAME = "org.guildhall.workbench.groupsOfUser";
    private static final String USERS_CACHE_NAME = "org.guildhall.workbench.userByName";
    private static final int CACHED_USERS = 10_000;
    /** Keys per {@code IN (...)}: well inside every database's limit on bind parameters. */
    private static final int IN_LIST_SIZE = 500;

    private final SqlRunner sql;
    private final Cache<String, Set<String>> groupsByUserKey;
    private final Cache<String, Optional<WorkbenchUser>> usersByName;
    private final RecentlyVerifiedPasswords verifiedPasswords;

    public UserDirectory(SqlRunner sql, CacheManager caches) {
        this.sql = sql;
        this.groupsByUserKey = caches.getCache(GROUPS_CACHE_NAME, this::loadGroups,
                HostCacheSettings.invalidatedOnChange(CACHED_USERS));
        this.usersByName = caches.getCache(USERS_CACHE_NAME, this::loadByUsername,
                HostCacheSettings.invalidatedOnChange(CACHED_USERS));
        this.verifiedPasswords = new RecentlyVerifiedPasswords(caches);
    }

    public Optional<WorkbenchUser> byUsername(String username) {
        return usersByName.get(username);
    }

    private Optional<WorkbenchUser> loadByUsername(String username) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM WB_USER WHERE USERNAME = ?", UserDirectory::user, username);
    }

    /** @return the users among these keys, in no particular order: one query per {@value #IN_LIST_SIZE} keys */
    public List<WorkbenchUser> byKeys(Collection<String> userKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        List<WorkbenchUser> found = new ArrayList<>();
        for (int start = 0; start < keys.size(); start += IN_LIST_SIZE) {
            List<String> slice = keys.subList(start, Math.min(keys.size(), start + IN_LIST_SIZE));
            found.addAll(sql.query("SELECT " + COLUMNS + " FROM WB_USER WHERE USER_KEY IN ("
                    + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")", UserDirectory::user,
                    slice.toArray()));
        }
        return found;
    }

    /**
     * Usernames of the users matching a condition on {@code WB_USER}, in username order, as a directory search
     * returns them.
     *
     * @param condition  an SQL condition over the table's columns, with {@code ?} for the arguments
     * @param startIndex how many matching users to skip
     * @param maxResults the most usernames to return
     */
    public List<String> usernamesWhere(String condition, List<Object> arguments, int startIndex, int maxResults) {
        List<Object> all = new ArrayList<>(arguments);
        all.add(maxResults);
        all.add(startIndex);
        return sql.query("SELECT USERNAME FROM WB_USER WHERE " + condition + " ORDER BY USERNAME LIMIT ? OFFSET ?",
                row -> row.getString(1), all.toArray());
    }

    public Optional<WorkbenchUser> byKey(String userKey) {
        return sql.queryOne("SELECT " + COLUMNS + " FROM WB_USER WHERE USER_KEY = ?", UserDirectory::user, userKey);
    }

    /** @return the user when the password is theirs; empty for an unknown user or a wrong password */
    public Optional<WorkbenchUser> authenticate(String username, String password) {
        Optional<WorkbenchUser> verified = verifiedPasswords.find(username, password);
        if (verified.isPresent()) {
            return verified;
        }
        Optional<String> hash = sql.queryOne("SELECT PASSWORD_HASH FROM WB_USER WHERE USERNAME = ?",
                row -> row.getString(1), username);
        if (hash.isEmpty() || !PasswordHash.matches(password, hash.get())) {
            return Optional.empty();
        }
        Optional<WorkbenchUser> user = byUsername(username);
        user.ifPresent(found -> verifiedPasswords.remember(username, password, found));
        return user;
    }

    /** @return the user's groups (unmodifiable) */
    public Set<String> groupsOf(String userKey) {
        return groupsByUserKey.get(userKey);
    }

    /** Forgets every cached group membership and user, on every node: for bulk loaders that write the tables directly. */
    public void forgetCached() {
        groupsByUserKey.removeAll();
        usersByName.removeAll();
    }

    private Set<String> loadGroups(String userKey) {
        return Set.copyOf(sql.query("SELECT GROUP_NAME FROM WB_GROUP_MEMBER WHERE USER_KEY = ?",
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

    /** @return the usernames of the group's members, by username (empty for an unknown group) */
    public List<String> memberNames(String groupName) {
        return sql.query("SELECT U.USERNAME FROM WB_GROUP_MEMBER M JOIN WB_USER U ON U.USER_KEY = M.USER_KEY"
                + " WHERE M.GROUP_NAME = ? ORDER BY U.USERNAME", row -> row.getString(1), groupName);
    }

    /** Creates an empty group; creating one that exists changes nothing. */
    public void createGroup(String groupName) {
        sql.insertUnlessDuplicate("INSERT INTO WB_GROUP (GROUP_NAME) VALUES (?)", groupName);
    }

    /** Puts the user into the group (on every node at once: the cached groups of the user are forgotten). */
    public void addToGroup(String groupName, String userKey) {
        sql.insertUnlessDuplicate("INSERT INTO WB_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)",
                groupName, userKey);
        groupsByUserKey.remove(userKey);
    }

    /** Takes the user out of the group (on every node at once: the cached groups of the user are forgotten). */
    public void removeFromGroup(String groupName, String userKey) {
        sql.update("DELETE FROM WB_GROUP_MEMBER WHERE GROUP_NAME = ? AND USER_KEY = ?", groupName, userKey);
        groupsByUserKey.remove(userKey);
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
        groupsByUserKey.remove(user.userKey());
        usersByName.remove(user.username());
        verifiedPasswords.forget(user.username());
    }

    /** Deletes the user and their group memberships (on every node at once: cached entries are forgotten). */
    public void delete(WorkbenchUser user) {
        sql.update("DELETE FROM WB_GROUP_MEMBER WHERE USER_KEY = ?", user.userKey());
        sql.update("DELETE FROM WB_USER WHERE USER_KEY = ?", user.userKey());
        groupsByUserKey.remove(user.userKey());
        usersByName.remove(user.username());
        verifiedPasswords.forget(user.username());
    }

    private static WorkbenchUser user(ResultSet row) throws SQLException {
        return new WorkbenchUser(row.getString("USER_KEY"), row.getString("USERNAME"), row.getString("FULL_NAME"),
                row.getString("EMAIL"), Locale.forLanguageTag(row.getString("LOCALE")));
    }
}

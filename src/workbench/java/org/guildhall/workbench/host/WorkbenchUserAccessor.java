package org.guildhall.workbench.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import org.guildhall.workbench.people.UserDirectory;

import java.util.List;

/**
 * Workbench stand-in for Confluence's {@code UserAccessor} (bean {@code userAccessor}): users and groups of the
 * {@link UserDirectory}. Memberships are looked up by the user's key, which the workbench's users carry.
 */
public final class WorkbenchUserAccessor implements UserAccessor {

    private final UserDirectory users;

    public WorkbenchUserAccessor(UserDirectory users) {
        this.users = users;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).orElse(null);
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : users.byUsername(name).orElse(null);
    }

    /** One query for the whole list, as Confluence's resolver does. */
    @Override
    public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
        return List.copyOf(users.byKeys(userKeys.stream().map(UserKey::getStringValue).toList()));
    }

    @Override
    public Group getGroup(String groupName) {
        return groupName != null && users.groupExists(groupName) ? new WorkbenchGroup(groupName) : null;
    }

    @Override
    public Group createGroup(String groupName) {
        users.createGroup(groupName);
        return new WorkbenchGroup(groupName);
    }

    @Override
    public void addMembership(Group group, User user) {
        users.addToGroup(group.getName(), keyOf(user));
    }

    @Override
    public void removeMembership(Group group, User user) {
        users.removeFromGroup(group.getName(), keyOf(user));
    }

    @Override
    public boolean hasMembership(Group group, User user) {
        return users.groupsOf(keyOf(user)).contains(group.getName());
    }

    /** The members' usernames in one list: the workbench's groups are small, and callers stop when they have enough. */
    @Override
    public Pager<String> getMemberNames(Group group) {
        List<String> names = group == null ? List.of() : users.memberNames(group.getName());
        return names::iterator;
    }

    private static String keyOf(User user) {
        return ((ConfluenceUser) user).getKey().getStringValue();
    }

    /** A group as the workbench hands it out: just its name. */
    record WorkbenchGroup(String name) implements Group {

        @Override
        public String getName() {
            return name;
        }
    }
}

package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;

import java.util.List;

/**
 * Compile-only copy of the members Guildhall calls of Confluence's {@code com.atlassian.confluence.user.UserAccessor}
 * (javadoc ConfluenceServer 7.x–9.x {@code bucket/user/UserAccessor.html}: {@code createGroup(String)},
 * {@code getGroup(String)}, {@code addMembership(Group, User)}, {@code removeMembership(Group, User)},
 * {@code hasMembership(Group, User)}; {@code getMemberNames(Group)} from its super-interface
 * {@code GroupMembershipAccessor}, javadoc 7.17–9.3, which returns the usernames of the group's members, nested groups
 * included, as a lazily loaded {@code Pager}; {@code getUserByKey(UserKey)} per the host API reference §5;
 * {@code getUserByName(String)} and {@code getUsersByUserKeys(List<UserKey>)} from its super-interface
 * {@code ConfluenceUserResolver}, javadoc 7.16–10.1). Confluence exports it as the bean {@code userAccessor}. None of
 * these declare checked exceptions.
 */
public interface UserAccessor {

    ConfluenceUser getUserByKey(UserKey userKey);

    /** @return the user, or null when there is none of that name */
    ConfluenceUser getUserByName(String name);

    /** @return the users Confluence knows among these keys (unknown keys are left out) */
    List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys);

    /** @return the group, or null when there is none of that name */
    Group getGroup(String groupName);

    Group createGroup(String groupName);

    void addMembership(Group group, User user);

    void removeMembership(Group group, User user);

    boolean hasMembership(Group group, User user);

    /** @return the usernames of the group's members (nested groups included); empty when it has none or is unknown */
    Pager<String> getMemberNames(Group group);
}

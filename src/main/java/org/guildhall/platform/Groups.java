package org.guildhall.platform;

import java.util.List;

/**
 * Confluence groups that Guildhall keeps for its communities, and their members (by user key).
 */
public interface Groups {

    boolean exists(String group);

    /** Creates the group unless it exists. */
    void create(String group);

    boolean isMember(String group, String userKey);

    /** Adds the user to the group; does nothing when already a member, the group does not exist or the user is gone. */
    void addMember(String group, String userKey);

    /** Removes the user from the group; does nothing when not a member or the group does not exist. */
    void removeMember(String group, String userKey);

    /**
     * The group's members, nested groups included, read no further than needed: a caller that sends mail to a group
     * asks for one more than it will send to, and so learns that the group is larger without listing all of it.
     *
     * @param max the most members to return, at least 1
     * @return up to {@code max} user keys, in the directory's order; empty for an unknown group. Members Confluence
     *         cannot resolve to a user (not yet synchronised) are skipped.
     */
    List<String> members(String group, int max);
}

package org.guildhall.platform;

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
}

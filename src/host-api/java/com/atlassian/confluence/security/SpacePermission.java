package com.atlassian.confluence.security;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Compile-only copy of the members Guildhall calls of Confluence's
 * {@code com.atlassian.confluence.security.SpacePermission} (a class; javadoc ConfluenceServer 7.x–10.x: the type
 * constants {@code VIEWSPACE_PERMISSION}, {@code COMMENT_PERMISSION}, {@code CREATEEDIT_PAGE_PERMISSION},
 * {@code ADMINISTER_SPACE_PERMISSION}; the factories {@code createGroupSpacePermission},
 * {@code createUserSpacePermission}, {@code createAnonymousSpacePermission}; {@code getType()}, {@code getGroup()},
 * {@code getUserSubject()}, {@code isGroupPermission()}, {@code isUserPermission()},
 * {@code isAnonymousPermission()}). The constant values ({@code "VIEWSPACE"}, {@code "COMMENT"}, {@code "EDITSPACE"},
 * {@code "SETSPACEPERMISSIONS"}) and the factory and getter signatures were checked against a decompiled recent
 * Confluence {@code SpacePermission} (code index file 41666937421). That class also knows "all logged-in users"
 * grants ({@code isAuthenticatedUsersPermission()}), which have neither group nor user: Guildhall treats them like
 * anonymous grants, so switching to private removes them too.
 */
public class SpacePermission {

    public static final String VIEWSPACE_PERMISSION = "VIEWSPACE";
    public static final String COMMENT_PERMISSION = "COMMENT";
    public static final String CREATEEDIT_PAGE_PERMISSION = "EDITSPACE";
    public static final String ADMINISTER_SPACE_PERMISSION = "SETSPACEPERMISSIONS";

    private final String type;
    private final Space space;
    private final String group;
    private final ConfluenceUser userSubject;

    private SpacePermission(String type, Space space, String group, ConfluenceUser userSubject) {
        this.type = type;
        this.space = space;
        this.group = group;
        this.userSubject = userSubject;
    }

    public static SpacePermission createGroupSpacePermission(String type, Space space, String group) {
        return new SpacePermission(type, space, group, null);
    }

    public static SpacePermission createUserSpacePermission(String type, Space space, ConfluenceUser user) {
        return new SpacePermission(type, space, null, user);
    }

    public static SpacePermission createAnonymousSpacePermission(String type, Space space) {
        return new SpacePermission(type, space, null, null);
    }

    public String getType() {
        return type;
    }

    public Space getSpace() {
        return space;
    }

    public String getGroup() {
        return group;
    }

    public ConfluenceUser getUserSubject() {
        return userSubject;
    }

    public boolean isGroupPermission() {
        return group != null;
    }

    public boolean isUserPermission() {
        return userSubject != null;
    }

    public boolean isAnonymousPermission() {
        return group == null && userSubject == null;
    }
}

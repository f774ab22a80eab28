package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.security.PermissionManager}. Since 8.8 the
 * {@code ConfluenceUser} overloads are the abstract ones and the {@code com.atlassian.user.User} overloads are
 * deprecated defaults (javadoc ConfluenceServer 8.8.0, 8.9.3, 9.4.0); Guildhall targets Confluence 10 and calls the
 * {@code ConfluenceUser} overload. A {@code null} user means anonymous.
 */
public interface PermissionManager {

    Object TARGET_APPLICATION = "TARGET_APPLICATION";

    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);
}

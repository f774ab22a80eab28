package com.atlassian.confluence.security;

/**
 * Compile-only copy of the members Guildhall calls of Confluence's
 * {@code com.atlassian.confluence.security.SpacePermissionManager} (javadoc ConfluenceServer 10.0.3:
 * {@code savePermission(SpacePermission)} inherited from {@code SpacePermissionSaver} — deprecated there in favour
 * of internal variants but still the public way to save one; {@code removePermission(SpacePermission)}). Confluence
 * exports it as the bean {@code spacePermissionManager}. A space's grants are read with
 * {@code Space.getPermissions()}.
 */
public interface SpacePermissionManager {

    void savePermission(SpacePermission permission);

    void removePermission(SpacePermission permission);
}

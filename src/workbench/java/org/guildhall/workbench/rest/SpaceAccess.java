package org.guildhall.workbench.rest;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StoredSpace;

/**
 * The access rules of Confluence's REST API for a space, for the current user: a space they may not view does not
 * exist for them (404); one they may view but not change answers 403.
 */
final class SpaceAccess {

    private final SpaceStore spaces;
    private final PermissionManager permissions;

    SpaceAccess(SpaceStore spaces, PermissionManager permissions) {
        this.spaces = spaces;
        this.permissions = permissions;
    }

    /** @return the space, when the current user may view it; otherwise 404 */
    StoredSpace viewable(String key) {
        StoredSpace space = key == null ? null : spaces.find(key).orElse(null);
        if (space == null || !has(Permission.VIEW, space)) {
            throw ConfluenceRestErrors.notFound("No space with key : " + key);
        }
        return space;
    }

    /** @return the space, when the current user may view it and has the permission; otherwise 404 or 403 */
    StoredSpace requiring(Permission permission, String key) {
        StoredSpace space = viewable(key);
        if (!has(permission, space)) {
            throw ConfluenceRestErrors.forbidden("User does not have permission " + permission + " in space " + key);
        }
        return space;
    }

    private boolean has(Permission permission, StoredSpace space) {
        return permissions.hasPermission(AuthenticatedUserThreadLocal.get(), permission, new Space(space.key()));
    }
}

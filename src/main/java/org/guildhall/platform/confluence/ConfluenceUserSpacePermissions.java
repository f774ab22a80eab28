package org.guildhall.platform.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import org.guildhall.platform.UserSpacePermissions;
import org.springframework.stereotype.Component;

/**
 * {@link UserSpacePermissions} backed by Confluence's permission manager asked about a named user:
 * {@code PermissionManager.hasPermission(ConfluenceUser, Permission.VIEW, Space)} with the user looked up by key.
 * A user Confluence no longer knows is refused (passing null would ask about anonymous access instead).
 */
@Component
public class ConfluenceUserSpacePermissions implements UserSpacePermissions {

    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;
    private final UserAccessor userAccessor;

    public ConfluenceUserSpacePermissions(@ComponentImport PermissionManager permissionManager,
                                          @ComponentImport SpaceManager spaceManager,
                                          @ComponentImport UserAccessor userAccessor) {
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public boolean canView(String userKey, String spaceKey) {
        if (userKey == null || userKey.isEmpty() || spaceKey == null) {
            return false;
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            return false;
        }
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(user, Permission.VIEW, space);
    }
}

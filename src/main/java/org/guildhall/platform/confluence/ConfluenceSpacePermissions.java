package org.guildhall.platform.confluence;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.guildhall.platform.SpacePermissions;
import org.springframework.stereotype.Component;

/** {@link SpacePermissions} backed by Confluence's permission manager, for the user of the current request. */
@Component
public class ConfluenceSpacePermissions implements SpacePermissions {

    private final PermissionManager permissionManager;
    private final SpaceManager spaceManager;

    public ConfluenceSpacePermissions(@ComponentImport PermissionManager permissionManager,
                                      @ComponentImport SpaceManager spaceManager) {
        this.permissionManager = permissionManager;
        this.spaceManager = spaceManager;
    }

    @Override
    public boolean canView(String spaceKey) {
        return has(Permission.VIEW, spaceKey);
    }

    @Override
    public boolean canAdminister(String spaceKey) {
        return has(Permission.ADMINISTER, spaceKey);
    }

    private boolean has(Permission permission, String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        return space != null && permissionManager.hasPermission(AuthenticatedUserThreadLocal.get(), permission, space);
    }
}

package org.guildhall.workbench.host;

import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpacePermission;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.people.UserDirectory;

import java.util.Set;

/**
 * Workbench stand-in for Confluence's {@code PermissionManager}, for {@link Space} targets and the application.
 * System administrators may do everything. Otherwise the stored space permissions decide: VIEW needs
 * {@code read} (or {@code administer}), EDIT needs {@code create} (or {@code administer}), ADMINISTER needs
 * {@code administer}; anonymous users get only what is granted to anonymous. A page (or blog post) may be viewed by
 * those who may view its space, unless the page is restricted to a list of people, who alone may then view it.
 * Unknown spaces and other targets are refused.
 */
public final class WorkbenchPermissionManager implements PermissionManager {

    private final UserDirectory users;
    private final SpaceStore spaces;
    private final SpacePermissionStore spacePermissions;
    private final PageStore pages;

    public WorkbenchPermissionManager(UserDirectory users, SpaceStore spaces, SpacePermissionStore spacePermissions,
                                      PageStore pages) {
        this.users = users;
        this.spaces = spaces;
        this.spacePermissions = spacePermissions;
        this.pages = pages;
    }

    @Override
    public boolean hasPermission(ConfluenceUser user, Permission permission, Object target) {
        String userKey = user == null ? null : user.getKey().getStringValue();
        Set<String> groups = userKey == null ? Set.of() : users.groupsOf(userKey);
        if (groups.contains(UserDirectory.ADMINISTRATORS)) {
            return true;
        }
        if (target instanceof SpaceContentEntityObject content && permission == Permission.VIEW) {
            Set<String> viewers = pages.viewers(content.getId());
            return (viewers.isEmpty() || (userKey != null && viewers.contains(userKey)))
                    && content.getSpace() != null && hasPermission(user, Permission.VIEW, content.getSpace());
        }
        if (target == TARGET_APPLICATION) {
            return permission == Permission.VIEW && user != null;
        }
        if (!(target instanceof Space space) || space.getKey() == null || spaces.find(space.getKey()).isEmpty()) {
            return false;
        }
        Set<String> operations = spacePermissions.operationsOf(space.getKey(), userKey, groups);
        if (operations.contains(SpacePermission.ADMINISTER)) {
            return true;
        }
        if (permission == Permission.VIEW) {
            return operations.contains(SpacePermission.READ);
        }
        if (permission == Permission.EDIT) {
            return operations.contains(SpacePermission.CREATE);
        }
        return false;
    }
}

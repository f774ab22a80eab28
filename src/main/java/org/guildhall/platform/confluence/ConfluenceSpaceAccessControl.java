package org.guildhall.platform.confluence;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import org.guildhall.platform.SpaceAccessControl;
import org.guildhall.platform.SpaceGrant;
import org.guildhall.platform.SpaceGrant.Access;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link SpaceAccessControl} backed by Confluence's space permissions. */
@Component
public class ConfluenceSpaceAccessControl implements SpaceAccessControl {

    private static final Map<Access, String> TYPES = Map.of(
            Access.VIEW, SpacePermission.VIEWSPACE_PERMISSION,
            Access.COMMENT, SpacePermission.COMMENT_PERMISSION,
            Access.ADD_PAGES, SpacePermission.CREATEEDIT_PAGE_PERMISSION,
            Access.ADMINISTER, SpacePermission.ADMINISTER_SPACE_PERMISSION);

    private final SpacePermissionManager spacePermissionManager;
    private final SpaceManager spaceManager;
    private final UserAccessor userAccessor;

    public ConfluenceSpaceAccessControl(@ComponentImport SpacePermissionManager spacePermissionManager,
                                        @ComponentImport SpaceManager spaceManager,
                                        @ComponentImport UserAccessor userAccessor) {
        this.spacePermissionManager = spacePermissionManager;
        this.spaceManager = spaceManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public List<SpaceGrant> grants(String spaceKey) {
        Space space = spaceManager.getSpace(spaceKey);
        List<SpaceGrant> grants = new ArrayList<>();
        if (space == null) {
            return grants;
        }
        for (SpacePermission permission : space.getPermissions()) {
            toGrant(permission).filter(grant -> !grants.contains(grant)).ifPresent(grants::add);
        }
        return grants;
    }

    @Override
    public void grant(String spaceKey, SpaceGrant grant) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space != null && !grants(spaceKey).contains(grant)) {
            toPermission(space, grant).ifPresent(spacePermissionManager::savePermission);
        }
    }

    @Override
    public void revoke(String spaceKey, SpaceGrant grant) {
        Space space = spaceManager.getSpace(spaceKey);
        if (space == null) {
            return;
        }
        // removes the stored permission object itself, which is what Confluence deletes by
        for (SpacePermission permission : space.getPermissions()) {
            if (toGrant(permission).filter(grant::equals).isPresent()) {
                spacePermissionManager.removePermission(permission);
            }
        }
    }

    private static Optional<SpaceGrant> toGrant(SpacePermission permission) {
        Optional<Access> access = TYPES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(permission.getType()))
                .map(Map.Entry::getKey).findFirst();
        if (access.isEmpty()) {
            return Optional.empty();
        }
        if (permission.isGroupPermission()) {
            return Optional.of(SpaceGrant.group(permission.getGroup(), access.get()));
        }
        if (permission.isUserPermission()) {
            return Optional.of(SpaceGrant.user(permission.getUserSubject().getKey().getStringValue(), access.get()));
        }
        return Optional.of(SpaceGrant.anonymous(access.get()));
    }

    private Optional<SpacePermission> toPermission(Space space, SpaceGrant grant) {
        String type = TYPES.get(grant.access());
        return switch (grant.subject()) {
            case GROUP -> Optional.of(SpacePermission.createGroupSpacePermission(type, space, grant.name()));
            case ANONYMOUS -> Optional.of(SpacePermission.createAnonymousSpacePermission(type, space));
            case USER -> {
                ConfluenceUser user = userAccessor.getUserByKey(new UserKey(grant.name()));
                yield Optional.ofNullable(user).map(found ->
                        SpacePermission.createUserSpacePermission(type, space, found));
            }
        };
    }
}

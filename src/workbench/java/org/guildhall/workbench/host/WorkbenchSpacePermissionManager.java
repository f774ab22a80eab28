package org.guildhall.workbench.host;

import com.atlassian.confluence.event.events.permission.SpacePermissionChangeEvent;
import com.atlassian.confluence.event.events.permission.SpacePermissionRemoveEvent;
import com.atlassian.confluence.event.events.permission.SpacePermissionSaveEvent;
import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.Space;
import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.content.SpacePermissionStore;
import org.guildhall.workbench.people.UserDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workbench stand-in for Confluence's {@code SpacePermissionManager} (bean {@code spacePermissionManager}): saves and
 * removes rows of {@code WB_SPACE_PERMISSION}, translating Confluence's permission types to the workbench's
 * operations ({@code VIEWSPACE} = read, {@code EDITSPACE} = create, {@code COMMENT} = comment,
 * {@code SETSPACEPERMISSIONS} = administer). Other types are ignored, as the workbench has no use for them. Like
 * Confluence's, it publishes a {@code SpacePermissionSaveEvent} or {@code SpacePermissionRemoveEvent} after each change
 * (for every writer of the table: see {@link SpacePermissionStore#announceChangesThrough}).
 */
public final class WorkbenchSpacePermissionManager implements SpacePermissionManager {

    private static final Map<String, String> OPERATIONS = Map.of(
            SpacePermission.VIEWSPACE_PERMISSION, org.guildhall.workbench.content.SpacePermission.READ,
            SpacePermission.CREATEEDIT_PAGE_PERMISSION, org.guildhall.workbench.content.SpacePermission.CREATE,
            SpacePermission.COMMENT_PERMISSION, org.guildhall.workbench.content.SpacePermission.COMMENT,
            SpacePermission.ADMINISTER_SPACE_PERMISSION, org.guildhall.workbench.content.SpacePermission.ADMINISTER);

    private final SpacePermissionStore store;
    private final UserDirectory users;

    public WorkbenchSpacePermissionManager(SpacePermissionStore store, UserDirectory users) {
        this.store = store;
        this.users = users;
    }

    @Override
    public void savePermission(SpacePermission permission) {
        String operation = OPERATIONS.get(permission.getType());
        if (operation != null) {
            store.grant(permission.getSpace().getKey(), subjectType(permission), subject(permission), operation);
        }
    }

    @Override
    public void removePermission(SpacePermission permission) {
        String operation = OPERATIONS.get(permission.getType());
        if (operation != null) {
            store.revoke(permission.getSpace().getKey(), subjectType(permission), subject(permission), operation);
        }
    }

    /** @return the space's stored permissions as Confluence's {@link SpacePermission} objects */
    public List<SpacePermission> permissionsOf(Space space) {
        List<SpacePermission> permissions = new ArrayList<>();
        for (org.guildhall.workbench.content.SpacePermission stored : store.list(space.getKey())) {
            typeOf(stored.operation()).flatMap(type -> toHost(space, stored, type)).ifPresent(permissions::add);
        }
        return permissions;
    }

    /**
     * @param stored the permission granted or revoked, or null for a bulk change of the table
     * @return the event Confluence's {@code SpacePermissionManager} publishes after saving ({@code saved}) or removing
     *         that permission
     */
    public SpacePermissionChangeEvent changeEvent(org.guildhall.workbench.content.SpacePermission stored,
                                                  boolean saved) {
        SpacePermission permission = stored == null ? null : typeOf(stored.operation())
                .flatMap(type -> toHost(new Space(stored.spaceKey()), stored, type)).orElse(null);
        return saved ? new SpacePermissionSaveEvent(this, permission) : new SpacePermissionRemoveEvent(this, permission);
    }

    private Optional<SpacePermission> toHost(Space space, org.guildhall.workbench.content.SpacePermission stored,
                                             String type) {
        return switch (stored.subjectType()) {
            case GROUP -> Optional.of(SpacePermission.createGroupSpacePermission(type, space, stored.subject()));
            case ANONYMOUS -> Optional.of(SpacePermission.createAnonymousSpacePermission(type, space));
            case USER -> users.byKey(stored.subject())
                    .map(user -> SpacePermission.createUserSpacePermission(type, space, user));
        };
    }

    private static Optional<String> typeOf(String operation) {
        return OPERATIONS.entrySet().stream().filter(entry -> entry.getValue().equals(operation))
                .map(Map.Entry::getKey).findFirst();
    }

    private static SubjectType subjectType(SpacePermission permission) {
        if (permission.isGroupPermission()) {
            return SubjectType.GROUP;
        }
        return permission.isUserPermission() ? SubjectType.USER : SubjectType.ANONYMOUS;
    }

    private static String subject(SpacePermission permission) {
        if (permission.isGroupPermission()) {
            return permission.getGroup();
        }
        return permission.isUserPermission() ? permission.getUserSubject().getKey().getStringValue() : "";
    }
}

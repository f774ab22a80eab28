package org.guildhall.workbench.host;

import com.atlassian.confluence.security.SpacePermission;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import org.guildhall.workbench.content.SpaceStore;

import java.util.List;
import java.util.function.Function;

/**
 * Workbench stand-in for Confluence's {@code SpaceManager}: spaces from {@code WB_SPACE}; null for unknown keys. A
 * space's {@code getPermissions()} reads its grants when called, so permission checks that never ask cost nothing.
 */
public final class WorkbenchSpaceManager implements SpaceManager {

    private final SpaceStore spaces;
    private final Function<Space, List<SpacePermission>> permissions;

    public WorkbenchSpaceManager(SpaceStore spaces) {
        this(spaces, space -> List.of());
    }

    public WorkbenchSpaceManager(SpaceStore spaces, Function<Space, List<SpacePermission>> permissions) {
        this.spaces = spaces;
        this.permissions = permissions;
    }

    @Override
    public Space getSpace(String spaceKey) {
        if (spaceKey == null) {
            return null;
        }
        return spaces.find(spaceKey).map(stored -> {
            Space space = new StoredSpacePermissionsSpace(stored.key(), permissions);
            space.setName(stored.name());
            return space;
        }).orElse(null);
    }

    /** A space whose permissions are read from the workbench's table on request. */
    private static final class StoredSpacePermissionsSpace extends Space {

        private final Function<Space, List<SpacePermission>> permissions;

        StoredSpacePermissionsSpace(String key, Function<Space, List<SpacePermission>> permissions) {
            super(key);
            this.permissions = permissions;
        }

        @Override
        public List<SpacePermission> getPermissions() {
            return permissions.apply(this);
        }
    }
}

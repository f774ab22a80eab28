package com.atlassian.confluence.event.events.permission;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.permission.SpacePermissionEvent}
 * (javadoc Confluence 5.9–10.x: {@code SpacePermissionEvent(Object src)}), published by Confluence's
 * {@code SpacePermissionManager} whenever a space permission is saved or removed (subclasses
 * {@code SpacePermissionSaveEvent}, {@code SpacePermissionRemoveEvent}, {@code SpacePermissionsRemoveForGroupEvent},
 * {@code SpacePermissionsRemoveForUserEvent}, {@code SpacePermissionsRemoveFromSpaceEvent}).
 */
public class SpacePermissionEvent extends PermissionEvent {

    public SpacePermissionEvent(Object src) {
        super(src);
    }
}

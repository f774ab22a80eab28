package com.atlassian.confluence.event.events.permission;

import com.atlassian.confluence.security.SpacePermission;

import java.util.List;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.permission.SpacePermissionChangeEvent}
 * (javadoc Confluence 5.9–10.x: {@code SpacePermissionChangeEvent(Object src, SpacePermission permission)},
 * {@code Iterable<SpacePermission> getPermissions()}).
 */
public class SpacePermissionChangeEvent extends SpacePermissionEvent {

    protected Iterable<SpacePermission> permissions;

    public SpacePermissionChangeEvent(Object src, SpacePermission permission) {
        super(src);
        this.permissions = permission == null ? List.of() : List.of(permission);
    }

    public Iterable<SpacePermission> getPermissions() {
        return permissions;
    }
}

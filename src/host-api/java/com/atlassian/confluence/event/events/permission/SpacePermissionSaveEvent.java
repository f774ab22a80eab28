package com.atlassian.confluence.event.events.permission;

import com.atlassian.confluence.security.SpacePermission;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.permission.SpacePermissionSaveEvent}
 * (javadoc Confluence 5.9–10.x: {@code SpacePermissionSaveEvent(Object src, SpacePermission permission)}).
 */
public class SpacePermissionSaveEvent extends SpacePermissionChangeEvent {

    public SpacePermissionSaveEvent(Object src, SpacePermission permission) {
        super(src, permission);
    }
}

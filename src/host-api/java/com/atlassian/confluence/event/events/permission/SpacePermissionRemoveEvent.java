package com.atlassian.confluence.event.events.permission;

import com.atlassian.confluence.security.SpacePermission;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.permission.SpacePermissionRemoveEvent}
 * (javadoc Confluence 5.9–10.x: {@code SpacePermissionRemoveEvent(Object src, SpacePermission permission)}).
 */
public class SpacePermissionRemoveEvent extends SpacePermissionChangeEvent {

    public SpacePermissionRemoveEvent(Object src, SpacePermission permission) {
        super(src, permission);
    }
}

package com.atlassian.confluence.event.events.permission;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.permission.PermissionEvent} (a
 * {@code ConfluenceEvent}; javadoc Confluence 5.9–10.x), base of the global and space permission events. Only the
 * source is mirrored.
 */
public abstract class PermissionEvent {

    private final Object source;

    protected PermissionEvent(Object src) {
        this.source = src;
    }

    public Object getSource() {
        return source;
    }
}

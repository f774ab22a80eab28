package com.atlassian.confluence.event.events.content;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.content.ContentEvent}, base of the
 * page, blog post, comment and like events. {@code isSuppressNotifications()} is true for changes made without
 * notifying watchers ("minor edits"); public listeners skip those.
 */
public abstract class ContentEvent {

    private final Object source;
    private final boolean suppressNotifications;

    protected ContentEvent(Object source, boolean suppressNotifications) {
        this.source = source;
        this.suppressNotifications = suppressNotifications;
    }

    public Object getSource() {
        return source;
    }

    public boolean isSuppressNotifications() {
        return suppressNotifications;
    }
}

package org.guildhall.platform;

/**
 * Publishes the app's own events (records such as {@code MembershipChangedEvent}) to listeners inside Confluence,
 * including the app's own listeners. Publish only after the change an event announces has been committed.
 */
public interface AppEvents {

    void publish(Object event);
}

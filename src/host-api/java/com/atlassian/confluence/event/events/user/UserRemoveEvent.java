package com.atlassian.confluence.event.events.user;

import com.atlassian.user.User;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.event.events.user.UserRemoveEvent} (extends
 * {@code UserEvent}, which declares {@code getUser()}): published when an administrator deletes a user. In
 * Confluence the user is a {@code ConfluenceUser}, whose key Guildhall reads.
 */
public class UserRemoveEvent {

    private final User user;

    public UserRemoveEvent(Object source, User user) {
        this.user = user;
    }

    public User getUser() {
        return user;
    }
}

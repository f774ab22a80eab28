package com.atlassian.user;

/**
 * Compile-only copy of atlassian-user's {@code com.atlassian.user.User} (the super-interface of Confluence's
 * {@code ConfluenceUser}). {@code getName()} is inherited from {@code com.atlassian.user.Entity} in the real
 * API; JVM interface method resolution finds it there.
 */
public interface User {

    String getName();

    String getFullName();

    String getEmail();
}

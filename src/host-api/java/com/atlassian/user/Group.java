package com.atlassian.user;

/**
 * Compile-only copy of atlassian-user's {@code com.atlassian.user.Group} (javadoc atlassian-user 2.0,
 * {@code com/atlassian/user/class-use/Group.html}; used by Confluence's {@code UserAccessor}). {@code getName()} is
 * inherited from {@code com.atlassian.user.Entity} in the real API.
 */
public interface Group {

    String getName();
}

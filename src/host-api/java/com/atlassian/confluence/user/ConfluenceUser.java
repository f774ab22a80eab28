package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.user.ConfluenceUser}.
 */
public interface ConfluenceUser extends User {

    UserKey getKey();
}

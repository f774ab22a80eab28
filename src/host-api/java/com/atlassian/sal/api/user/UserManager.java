package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.user.UserManager} (sal-api, Platform 8: jakarta
 * servlet). Confluence registers it as the bean {@code salUserManager}. Only the members Guildhall calls.
 */
public interface UserManager {

    UserProfile getRemoteUser();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}

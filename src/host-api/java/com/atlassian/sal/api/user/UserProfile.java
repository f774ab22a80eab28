package com.atlassian.sal.api.user;

import java.net.URI;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.user.UserProfile} (sal-api).
 */
public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri();

    URI getProfilePageUri();
}

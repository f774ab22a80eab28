package org.guildhall.workbench.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;
import org.guildhall.workbench.people.WorkbenchUser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Workbench stand-in for SAL's {@code UserProfile}: a read-only view of a {@link WorkbenchUser}. */
record WorkbenchUserProfile(WorkbenchUser user, String contextPath) implements UserProfile {

    @Override
    public UserKey getUserKey() {
        return user.getKey();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getFullName() {
        return user.fullName();
    }

    @Override
    public String getEmail() {
        return user.email();
    }

    /** The workbench has no avatars. */
    @Override
    public URI getProfilePictureUri() {
        return null;
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create(contextPath + "/display/~" + URLEncoder.encode(user.username(), StandardCharsets.UTF_8));
    }
}

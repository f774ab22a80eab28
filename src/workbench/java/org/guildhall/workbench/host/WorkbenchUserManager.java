package org.guildhall.workbench.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import org.guildhall.workbench.people.UserDirectory;

/**
 * Workbench stand-in for SAL's {@code UserManager} (bean {@code salUserManager}): the remote user is the one the
 * workbench's authentication filter put into {@link AuthenticatedUserThreadLocal}, as in Confluence. Admins and
 * system admins are the same people here: members of {@value UserDirectory#ADMINISTRATORS}.
 */
public final class WorkbenchUserManager implements UserManager {

    private final UserDirectory users;
    private final String contextPath;

    public WorkbenchUserManager(UserDirectory users, String contextPath) {
        this.users = users;
        this.contextPath = contextPath;
    }

    @Override
    public UserProfile getRemoteUser() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : getUserProfile(user.getKey());
    }

    /** The workbench authenticates before any servlet runs, so the request adds nothing to the thread's user. */
    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? null : user.getKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return username == null ? null
                : users.byUsername(username).map(user -> (UserProfile) new WorkbenchUserProfile(user, contextPath))
                .orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null
                : users.byKey(userKey.getStringValue())
                .map(user -> (UserProfile) new WorkbenchUserProfile(user, contextPath)).orElse(null);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isSystemAdmin(userKey);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && users.isSystemAdministrator(userKey.getStringValue());
    }
}

package org.guildhall.admin;

import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.springframework.stereotype.Component;

/** The one check for what only Confluence system administrators may do (global settings, audit, data exports). */
@Component
public class SystemAdministrators {

    private final CurrentUser currentUser;

    public SystemAdministrators(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** @throws AccessDenied when nobody is logged in (401) or the caller is not a system administrator (403) */
    public void require() {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        if (!currentUser.isSystemAdministrator()) {
            throw new AccessDenied("guildhall.error.admin.not-system-admin");
        }
    }
}

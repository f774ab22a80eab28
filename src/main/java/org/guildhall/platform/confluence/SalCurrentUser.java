package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.guildhall.platform.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link CurrentUser} backed by SAL's user manager. */
@Component
public class SalCurrentUser implements CurrentUser {

    private final UserManager userManager;

    public SalCurrentUser(@ComponentImport("salUserManager") UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<String> userKey() {
        return Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
    }

    @Override
    public boolean isAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && userManager.isAdmin(key);
    }

    @Override
    public boolean isSystemAdministrator() {
        UserKey key = userManager.getRemoteUserKey();
        return key != null && userManager.isSystemAdmin(key);
    }
}

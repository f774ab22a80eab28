package org.guildhall.platform.confluence;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import org.guildhall.platform.ActingAs;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link ActingAs} backed by Confluence's {@link AuthenticatedUserThreadLocal}, which SAL's user manager, the
 * permission manager and the i18n resolver read for "the current user".
 */
@Component
public class ConfluenceActingAs implements ActingAs {

    private final UserAccessor userAccessor;

    public ConfluenceActingAs(@ComponentImport UserAccessor userAccessor) {
        this.userAccessor = userAccessor;
    }

    @Override
    public <T> Optional<T> as(String userKey, Supplier<T> work) {
        ConfluenceUser user = userKey == null ? null : userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            return Optional.empty();
        }
        ConfluenceUser previous = AuthenticatedUserThreadLocal.get();
        AuthenticatedUserThreadLocal.set(user);
        try {
            return Optional.ofNullable(work.get());
        } finally {
            if (previous == null) {
                AuthenticatedUserThreadLocal.reset();
            } else {
                AuthenticatedUserThreadLocal.set(previous);
            }
        }
    }
}

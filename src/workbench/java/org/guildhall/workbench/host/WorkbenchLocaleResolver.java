package org.guildhall.workbench.host;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.util.Locale;

/**
 * Workbench stand-in for SAL's {@code LocaleResolver} (bean {@code salLocaleResolver}): a user's language is the
 * workbench user's locale (erin reads German); English for unknown users.
 */
public final class WorkbenchLocaleResolver implements LocaleResolver {

    private final UserDirectory users;

    public WorkbenchLocaleResolver(UserDirectory users) {
        this.users = users;
    }

    @Override
    public Locale getLocale(UserKey userKey) {
        return userKey == null ? Locale.ENGLISH
                : users.byKey(userKey.getStringValue()).map(WorkbenchUser::locale).orElse(Locale.ENGLISH);
    }
}

package org.guildhall.workbench.people;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/**
 * Workbench stand-in for Confluence's {@code ConfluenceUser}: a person with a user key that differs from the
 * username (e.g. {@code wb-key-alice}), so the app cannot get away with storing usernames, and a locale the
 * workbench renders their pages in.
 */
public record WorkbenchUser(String userKey, String username, String fullName, String email, Locale locale)
        implements ConfluenceUser {

    @Override
    public UserKey getKey() {
        return new UserKey(userKey);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmail() {
        return email;
    }
}

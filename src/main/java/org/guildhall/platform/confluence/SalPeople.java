package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link People} backed by SAL's user manager. */
@Component
public class SalPeople implements People {

    private final UserManager userManager;

    public SalPeople(@ComponentImport("salUserManager") UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<Person> find(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return Optional.empty();
        }
        return person(userManager.getUserProfile(new UserKey(userKey)));
    }

    @Override
    public Optional<Person> findByUsername(String username) {
        if (username == null || username.isEmpty()) {
            return Optional.empty();
        }
        return person(userManager.getUserProfile(username));
    }

    private static Optional<Person> person(UserProfile profile) {
        return profile == null ? Optional.empty() : Optional.of(
                new Person(profile.getUserKey().getStringValue(), profile.getUsername(), profile.getFullName()));
    }
}

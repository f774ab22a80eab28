package org.guildhall.platform.confluence;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.search.query.entity.UserQuery;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestriction.BooleanLogic;
import com.atlassian.crowd.search.query.entity.restriction.BooleanRestrictionImpl;
import com.atlassian.crowd.search.query.entity.restriction.MatchMode;
import com.atlassian.crowd.search.query.entity.restriction.TermRestriction;
import com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link People} backed by SAL's user manager (one person), Confluence's user resolver (many people by key) and
 * embedded Crowd (searches by name, which Crowd runs against every user directory Confluence is connected to).
 */
@Component
public class SalPeople implements People {

    private final UserManager userManager;
    private final UserAccessor userAccessor;
    private final CrowdService crowdService;

    public SalPeople(@ComponentImport("salUserManager") UserManager userManager,
                     @ComponentImport UserAccessor userAccessor, @ComponentImport CrowdService crowdService) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
        this.crowdService = crowdService;
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

    @Override
    public Map<String, Person> findAll(Collection<String> userKeys) {
        List<UserKey> keys = new LinkedHashSet<>(userKeys).stream()
                .filter(key -> key != null && !key.isEmpty()).map(UserKey::new).toList();
        Map<String, Person> found = new HashMap<>();
        if (!keys.isEmpty()) {
            for (ConfluenceUser user : userAccessor.getUsersByUserKeys(keys)) {
                Person person = person(user);
                found.put(person.userKey(), person);
            }
        }
        return found;
    }

    /**
     * Crowd finds the usernames (bounded by {@code maxResults}); Confluence's user resolver, which caches users by
     * name, turns each into a user with its key.
     */
    @Override
    public List<Optional<Person>> search(String text, int startIndex, int maxResults) {
        UserQuery<String> query = new UserQuery<>(String.class, new BooleanRestrictionImpl(BooleanLogic.OR,
                new TermRestriction<>(UserTermKeys.USERNAME, MatchMode.CONTAINS, text),
                new TermRestriction<>(UserTermKeys.DISPLAY_NAME, MatchMode.CONTAINS, text)), startIndex, maxResults);
        List<Optional<Person>> people = new ArrayList<>();
        for (String username : crowdService.search(query)) {
            people.add(Optional.ofNullable(userAccessor.getUserByName(username)).map(SalPeople::person));
        }
        return people;
    }

    private static Person person(ConfluenceUser user) {
        return new Person(user.getKey().getStringValue(), user.getName(), user.getFullName());
    }
}

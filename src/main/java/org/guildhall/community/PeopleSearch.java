package org.guildhall.community;

import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds Confluence users by name for the invitation picker: a few at a time, for logged-in people only (as
 * Confluence's own user picker).
 */
@Component
public class PeopleSearch {

    public static final int DEFAULT_LIMIT = 8;
    public static final int MAX_LIMIT = 20;

    private final MembershipPolicy policy;
    private final People people;

    public PeopleSearch(MembershipPolicy policy, People people) {
        this.policy = policy;
        this.people = people;
    }

    /**
     * Logged-in callers only.
     *
     * @param query text in the username or full name, not empty
     * @param limit 1 to {@value #MAX_LIMIT}
     * @return up to {@code limit} people, by username
     * @throws AccessDenied when nobody is logged in (401)
     * @throws InvalidInput naming {@code query} or {@code limit}
     */
    public List<Person> search(String query, int limit) {
        policy.requireLogin();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.people.limit"));
        }
        String text = MembershipInput.query(query)
                .orElseThrow(() -> new InvalidInput(Map.of("query", "guildhall.error.people.query")));
        return people.search(text, 0, limit).stream().flatMap(Optional::stream).toList();
    }
}

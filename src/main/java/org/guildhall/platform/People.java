package org.guildhall.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks up Confluence users by their user key, the only way Guildhall stores people, and searches them by name.
 */
public interface People {

    /** @return the person with that key, or empty when Confluence has no such user (any more) */
    Optional<Person> find(String userKey);

    /**
     * Looks up many people at once: one call to Confluence however many keys, for lists that show names.
     *
     * @return the people Confluence knows among these keys, by user key (unknown keys are left out)
     */
    Map<String, Person> findAll(Collection<String> userKeys);

    /**
     * A bounded search of Confluence's users: those whose username or full name contains the text, ignoring case, in
     * the user directory's order (by username), so that a caller can read the matches a slice at a time.
     *
     * @param text       what to look for, not empty
     * @param startIndex how many matches to skip
     * @param maxResults the most matches to return, at least 1
     * @return one entry per match, in order, so that positions count matches; empty for a user the directory has
     *         but Confluence cannot resolve (e.g. not yet synchronised). Fewer than {@code maxResults} entries means
     *         there are no more matches.
     */
    List<Optional<Person>> search(String text, int startIndex, int maxResults);

    /** @return the person with that username (as typed in an {@code @mention}), or empty when there is none */
    Optional<Person> findByUsername(String username);

    /** A Confluence user as features see them. */
    record Person(String userKey, String username, String displayName) {
    }
}

package org.guildhall.platform;

import java.util.Optional;

/**
 * Looks up Confluence users by their user key, the only way Guildhall stores people.
 */
public interface People {

    /** @return the person with that key, or empty when Confluence has no such user (any more) */
    Optional<Person> find(String userKey);

    /** A Confluence user as features see them. */
    record Person(String userKey, String username, String displayName) {
    }
}

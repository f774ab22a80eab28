package org.guildhall.platform;

import java.util.Optional;

/**
 * Looks up Confluence users by their user key, the only way Guildhall stores people.
 */
public interface People {

    /** @return the person with that key, or empty when Confluence has no such user (any more) */
    Optional<Person> find(String userKey);

    /** @return the person with that username (as typed in an {@code @mention}), or empty when there is none */
    Optional<Person> findByUsername(String username);

    /** A Confluence user as features see them. */
    record Person(String userKey, String username, String displayName) {
    }
}

package org.guildhall.platform;

import java.util.Optional;

/**
 * Looks up Confluence spaces.
 */
public interface Spaces {

    /**
     * @return the space with that key, or empty when there is none
     */
    Optional<SpaceSummary> find(String spaceKey);

    /** A Confluence space as features see it. */
    record SpaceSummary(String key, String name) {
    }
}

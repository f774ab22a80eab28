package org.guildhall.platform;

import java.util.List;

/**
 * Reads and changes who Confluence lets into a space. Only for use cases that first showed a space admin what will
 * change and got their confirmation: nothing about a space is changed silently.
 */
public interface SpaceAccessControl {

    /** @return the space's grants of the kinds in {@link SpaceGrant.Access}; empty for an unknown space */
    List<SpaceGrant> grants(String spaceKey);

    /** Adds a grant; adding one that exists changes nothing. */
    void grant(String spaceKey, SpaceGrant grant);

    /** Removes a grant; removing one that does not exist changes nothing. */
    void revoke(String spaceKey, SpaceGrant grant);
}

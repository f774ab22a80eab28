package com.atlassian.confluence.spaces;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.spaces.SpaceManager}. Only the members
 * Guildhall calls; {@link #getSpace(String)} returns {@code null} for an unknown key.
 */
public interface SpaceManager {

    Space getSpace(String spaceKey);
}

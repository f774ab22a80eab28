package org.guildhall.platform;

/**
 * Confluence's answer to "may the current user do this in that space?". Confluence is the source of truth for
 * visibility: Guildhall never shows community content to someone who cannot view its space.
 */
public interface SpacePermissions {

    /**
     * @return true when the space exists and the current user may view it
     */
    boolean canView(String spaceKey);

    /**
     * @return true when the space exists and the current user may administer it
     */
    boolean canAdminister(String spaceKey);
}

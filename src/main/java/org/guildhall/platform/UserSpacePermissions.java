package org.guildhall.platform;

/**
 * Confluence's answer to "may this user — not the one of the current request — view that space?", for work done on
 * someone else's behalf: e-mail notifications and digests must reach only people who may still see the content at
 * sending time. For the current user use {@link SpacePermissions}.
 */
public interface UserSpacePermissions {

    /**
     * @return true when the user and the space exist and Confluence lets the user view the space; false for
     *         deleted users and unknown spaces
     */
    boolean canView(String userKey, String spaceKey);
}

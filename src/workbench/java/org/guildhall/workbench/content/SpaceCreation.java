package org.guildhall.workbench.content;

import org.guildhall.workbench.content.SpacePermission.SubjectType;
import org.guildhall.workbench.host.HtmlEncoding;

import java.util.Optional;

/**
 * Creates a space as Confluence does: the space, a home page named after it, and every permission for its creator.
 * Who else may see it is the caller's decision.
 */
public final class SpaceCreation {

    private final SpaceStore spaces;
    private final PageStore pages;
    private final SpacePermissionStore permissions;

    public SpaceCreation(SpaceStore spaces, PageStore pages, SpacePermissionStore permissions) {
        this.spaces = spaces;
        this.pages = pages;
        this.permissions = permissions;
    }

    /**
     * @param homePageBody the home page in storage format, or null for a short welcome
     * @return the new space, or empty when the key is taken (the primary key decides)
     */
    public Optional<StoredSpace> create(String key, String name, String homePageBody, String creatorKey) {
        if (!spaces.create(key, name)) {
            return Optional.empty();
        }
        String body = homePageBody != null ? homePageBody : "<p>Welcome to " + HtmlEncoding.encode(name) + ".</p>";
        long home = pages.create(key, name, body, creatorKey).orElseThrow();
        spaces.setHomePage(key, home);
        permissions.grant(key, SubjectType.USER, creatorKey, SpacePermission.READ);
        permissions.grant(key, SubjectType.USER, creatorKey, SpacePermission.CREATE);
        permissions.grant(key, SubjectType.USER, creatorKey, SpacePermission.ADMINISTER);
        return spaces.find(key);
    }
}

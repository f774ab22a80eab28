package org.guildhall.community;

import java.time.Instant;

/**
 * A community as the app's services and views see it.
 *
 * @param id          database id; also the tie-breaker of the directory's sort order
 * @param spaceKey    the Confluence space the community lives in
 * @param description plain text, may be empty
 */
public record Community(long id, String spaceKey, String name, String description, Visibility visibility,
                        int memberCount, boolean enabled, Instant createdAt, Instant updatedAt) {

    /** @return the key this community sorts by in the directory */
    public String sortName() {
        return CommunityNames.sortName(name);
    }
}

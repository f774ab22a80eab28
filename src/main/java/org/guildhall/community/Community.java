package org.guildhall.community;

import java.time.Instant;
import java.util.List;

/**
 * A community as the app's services and views see it.
 *
 * @param id             database id; also the tie-breaker of the directory's sort orders
 * @param spaceKey       the Confluence space the community lives in
 * @param description    plain text, may be empty
 * @param topics         normalised topics (see {@link Topics}), in the order the space admin gave them
 * @param lastActivityAt when something last happened in it; its creation time until a feature records more
 */
public record Community(long id, String spaceKey, String name, String description, Visibility visibility,
                        int memberCount, boolean enabled, Instant createdAt, Instant updatedAt,
                        List<String> topics, Instant lastActivityAt) {

    public Community {
        topics = List.copyOf(topics);
    }

    /** A community without topics whose last activity was its creation (data generators, tests). */
    public Community(long id, String spaceKey, String name, String description, Visibility visibility,
                     int memberCount, boolean enabled, Instant createdAt, Instant updatedAt) {
        this(id, spaceKey, name, description, visibility, memberCount, enabled, createdAt, updatedAt, List.of(),
                createdAt);
    }

    /** @return the key this community sorts by in the directory */
    public String sortName() {
        return CommunityNames.sortName(name);
    }
}

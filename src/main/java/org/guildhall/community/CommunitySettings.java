package org.guildhall.community;

import java.util.List;
import java.util.Optional;

/**
 * What a space admin sets when turning a space into a community: already validated.
 *
 * @param topics the normalised topics that replace the community's topics, or empty to keep them as they are
 */
public record CommunitySettings(String name, String description, Visibility visibility,
                                Optional<List<String>> topics) {

    public CommunitySettings {
        topics = topics.map(List::copyOf);
    }

    /** Settings that leave the community's topics as they are. */
    public CommunitySettings(String name, String description, Visibility visibility) {
        this(name, description, visibility, Optional.empty());
    }
}

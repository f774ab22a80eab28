package org.guildhall.community.web;

import java.util.List;

/**
 * The body of {@code PUT /communities/{spaceKey}}.
 *
 * @param topics the community's topics from now on; null (left out) keeps them as they are
 */
public record CommunitySettingsJson(String name, String description, List<String> topics) {
}

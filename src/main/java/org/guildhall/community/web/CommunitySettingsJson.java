package org.guildhall.community.web;

import java.util.List;

/**
 * The body of {@code PUT /communities/{spaceKey}}.
 *
 * @param topics     the community's topics from now on; null (left out) keeps them as they are
 * @param visibility {@code open} or {@code request}; null (left out) keeps the current one
 */
public record CommunitySettingsJson(String name, String description, List<String> topics, String visibility) {
}

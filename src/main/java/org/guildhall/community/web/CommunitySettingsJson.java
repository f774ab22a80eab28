package org.guildhall.community.web;

/**
 * The body of {@code PUT /communities/{spaceKey}}.
 */
public record CommunitySettingsJson(String name, String description) {
}

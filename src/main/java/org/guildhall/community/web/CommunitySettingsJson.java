package org.guildhall.community.web;

/**
 * The body of {@code PUT /communities/{spaceKey}}; {@code visibility} ({@code open}|{@code request}) is optional.
 */
public record CommunitySettingsJson(String name, String description, String visibility) {
}

package org.guildhall.community;

/**
 * What a space admin sets when turning a space into a community: already validated.
 */
public record CommunitySettings(String name, String description, Visibility visibility) {
}

package org.guildhall.community.web;

/** The body of {@code PUT /communities/{spaceKey}/members/{userKey}}: {@code owner}, {@code moderator} or {@code member}. */
public record RoleJson(String role) {
}

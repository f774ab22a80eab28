package org.guildhall.community.web;

/** The optional body of {@code POST /communities/{spaceKey}/members/me}: a note for the moderators. */
public record JoinJson(String message) {
}

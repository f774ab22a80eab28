package org.guildhall.community.web;

/** The body of {@code POST /communities/{spaceKey}/invitations}: whom to invite. */
public record InvitationJson(String userKey) {
}

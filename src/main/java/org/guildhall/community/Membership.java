package org.guildhall.community;

import java.time.Instant;

/**
 * Someone's stored relation to a community.
 *
 * @param userKey   the person, by Confluence user key
 * @param role      meaningful while {@code state} is {@link MembershipState#MEMBER}; {@link MembershipRole#MEMBER}
 *                  otherwise
 * @param actorKey  who made the last change (the person themselves, or a moderator)
 * @param message   the request's or decision's message, empty when none
 */
public record Membership(long id, long communityId, String userKey, MembershipRole role, MembershipState state,
                         String actorKey, String message, Instant createdAt, Instant updatedAt) {

    public boolean isMember() {
        return state == MembershipState.MEMBER;
    }

    public boolean isOwner() {
        return isMember() && role == MembershipRole.OWNER;
    }

    public boolean moderates() {
        return isMember() && role.moderates();
    }
}

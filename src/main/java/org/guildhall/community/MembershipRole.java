package org.guildhall.community;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in a community besides taking part. Roles add moderation rights, never visibility. */
public enum MembershipRole {
    /** Changes roles and everything a moderator does; a community always keeps at least one. */
    OWNER,
    /** Approves and denies requests, invites, removes and bans members. */
    MODERATOR,
    /** Takes part. */
    MEMBER;

    /** @return the lower-case name used in JSON and templates */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return true for owners and moderators */
    public boolean moderates() {
        return this != MEMBER;
    }

    /** @return the role named (case-insensitive), or empty when there is none of that name */
    public static Optional<MembershipRole> parse(String value) {
        for (MembershipRole role : values()) {
            if (role.name().equalsIgnoreCase(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

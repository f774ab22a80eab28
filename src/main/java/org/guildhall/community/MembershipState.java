package org.guildhall.community;

import java.util.Locale;
import java.util.Optional;

/** Where a person stands with a community. Having no membership row at all is {@link #NONE}. */
public enum MembershipState {
    /** Takes part, with a {@link MembershipRole}. */
    MEMBER,
    /** Asked to join a community that joins on request; moderators decide. */
    PENDING,
    /** A moderator invited them; joining accepts. */
    INVITED,
    /** May neither join nor ask to until a moderator lifts the ban. */
    BANNED,
    /** No relation: never stored, only reported. */
    NONE;

    /** @return the lower-case name used in JSON and templates */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the stored state of that name, or empty (also for {@link #NONE}, which is never stored) */
    public static Optional<MembershipState> parseStored(String value) {
        for (MembershipState state : values()) {
            if (state != NONE && state.name().equalsIgnoreCase(value)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}

package org.guildhall.community.web;

import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipRole;

/**
 * The caller's membership of a community and what they may do next, so the UI never guesses.
 *
 * @param membership {@code member}, {@code pending}, {@code invited}, {@code banned} or {@code none}
 * @param role       {@code owner}, {@code moderator} or {@code member} while a member, else null
 */
public record MembershipStatusJson(String membership, String role, boolean canJoin, boolean canRequest,
                                   boolean canLeave, boolean canModerate, boolean canAdminister) {

    static MembershipStatusJson of(MemberStanding standing) {
        return new MembershipStatusJson(standing.state().id(), standing.role().map(MembershipRole::id).orElse(null),
                standing.canJoin(), standing.canRequest(), standing.canLeave(), standing.canModerate(),
                standing.canAdminister());
    }
}

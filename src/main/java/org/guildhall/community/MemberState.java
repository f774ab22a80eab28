package org.guildhall.community;

import java.util.Optional;

/** A person's membership after a moderator's change: the state, and the role while they are a member. */
public record MemberState(String userKey, MembershipState state, Optional<MembershipRole> role) {

    static MemberState of(Membership membership) {
        return new MemberState(membership.userKey(), membership.state(),
                membership.isMember() ? Optional.of(membership.role()) : Optional.empty());
    }

    static MemberState none(String userKey) {
        return new MemberState(userKey, MembershipState.NONE, Optional.empty());
    }
}

package org.guildhall.community.web;

import org.guildhall.community.MemberState;
import org.guildhall.community.MembershipRole;

/** A person's membership after a moderator changed it; {@code role} is null unless they are a member. */
public record MemberStateJson(String userKey, String state, String role) {

    static MemberStateJson of(MemberState state) {
        return new MemberStateJson(state.userKey(), state.state().id(), state.role().map(MembershipRole::id).orElse(null));
    }
}

package org.guildhall.community;

import java.util.Optional;

/**
 * Where the current user stands with a community they can see, and so what they may do next. The one place that
 * decides membership rights: services check these, and REST responses report them so the UI never guesses.
 *
 * @param userKey     empty for anonymous readers
 * @param membership  their stored membership, if any
 * @param spaceAdmin  Confluence lets them administer the community's space
 * @param systemAdmin they are a Confluence administrator
 */
public record MemberStanding(Community community, Optional<String> userKey, Optional<Membership> membership,
                             boolean spaceAdmin, boolean systemAdmin, boolean writable) {

    public MembershipState state() {
        return membership.map(Membership::state).orElse(MembershipState.NONE);
    }

    /** @return their role while they are a member */
    public Optional<MembershipRole> role() {
        return membership.filter(Membership::isMember).map(Membership::role);
    }

    /** Open communities take anyone at once; every community takes someone it invited. */
    public boolean canJoin() {
        return writable && userKey.isPresent() && (state() == MembershipState.INVITED
                || (state() == MembershipState.NONE && community.visibility() == Visibility.OPEN));
    }

    public boolean canRequest() {
        return writable && userKey.isPresent() && state() == MembershipState.NONE
                && community.visibility() == Visibility.REQUEST;
    }

    /** Members leave, requesters withdraw, invited people decline; a ban is not theirs to lift. */
    public boolean canLeave() {
        MembershipState state = state();
        return writable && (state == MembershipState.MEMBER || state == MembershipState.PENDING || state == MembershipState.INVITED);
    }

    /** Moderators and owners, and the space's and the site's administrators, who answer for the space anyway. */
    public boolean canModerate() {
        return userKey.isPresent() && (membership.map(Membership::moderates).orElse(false) || spaceAdmin || systemAdmin);
    }

    /** Owners, and the space's and the site's administrators: they change roles. */
    public boolean canAdminister() {
        return userKey.isPresent() && (membership.map(Membership::isOwner).orElse(false) || spaceAdmin || systemAdmin);
    }
}

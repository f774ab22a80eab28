package org.guildhall.community;

import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * People joining and leaving communities themselves: join an open community, ask to join one that joins on
 * request, accept an invitation; leave, withdraw a request, decline an invitation.
 */
@Component
public class CommunityJoining {

    private final MembershipPolicy policy;
    private final MembershipTransaction transaction;

    public CommunityJoining(MembershipPolicy policy, MembershipTransaction transaction) {
        this.policy = policy;
        this.transaction = transaction;
    }

    /**
     * Joins (open community, or an invitation) or asks to join (community that joins on request). Doing it again
     * changes nothing. Any logged-in user who can view the community's space may call it.
     *
     * @param message optional, for the moderators of a community that joins on request; at most 2,000 characters
     * @return the caller's standing afterwards
     * @throws AccessDenied when nobody is logged in (401), the caller is banned, or the community is invitation-only
     * @throws NotFound     when there is no community in that space or the caller may not view the space
     * @throws InvalidInput naming {@code message}
     */
    public MemberStanding join(String spaceKey, String message) {
        String userKey = policy.requireLogin();
        String cleanMessage = MembershipInput.message(message);
        Community community = policy.visibleCommunity(spaceKey);
        transaction.run(community, userKey, changes -> {
            MemberStanding standing = policy.standing(community);
            Optional<Membership> current = standing.membership();
            switch (standing.state()) {
                case MEMBER, PENDING -> {
                    // already there, or already asked: nothing to do
                }
                case BANNED -> throw new AccessDenied("guildhall.error.membership.banned", community.name());
                case INVITED -> changes.change(current.orElseThrow(), MembershipRole.MEMBER, MembershipState.MEMBER,
                        cleanMessage, MembershipAction.JOINED);
                case NONE -> {
                    if (standing.canJoin()) {
                        changes.add(userKey, MembershipRole.MEMBER, MembershipState.MEMBER, "", MembershipAction.JOINED);
                    } else if (standing.canRequest()) {
                        changes.add(userKey, MembershipRole.MEMBER, MembershipState.PENDING, cleanMessage,
                                MembershipAction.REQUESTED);
                    } else {
                        throw new AccessDenied("guildhall.error.membership.invitation-only", community.name());
                    }
                }
            }
            return null;
        });
        return policy.standing(community);
    }

    /**
     * Leaves the community, withdraws the caller's request, or declines their invitation. A community's last owner
     * cannot leave: they appoint another owner first.
     *
     * @return the caller's standing afterwards
     * @throws AccessDenied when nobody is logged in (401), or the caller is banned (a ban is lifted by moderators)
     * @throws Conflict     when the caller is the last owner, or has no membership to end
     * @throws NotFound     when there is no community in that space or the caller may not view the space
     */
    public MemberStanding leave(String spaceKey) {
        String userKey = policy.requireLogin();
        Community community = policy.visibleCommunity(spaceKey);
        transaction.run(community, userKey, changes -> {
            MemberStanding standing = policy.standing(community);
            Membership current = standing.membership().orElse(null);
            switch (standing.state()) {
                case MEMBER -> {
                    changes.keepAnOwnerBesides(current);
                    changes.end(current, "", MembershipAction.LEFT);
                }
                case PENDING -> changes.end(current, "", MembershipAction.WITHDREW);
                case INVITED -> changes.end(current, "", MembershipAction.DECLINED);
                case BANNED -> throw new AccessDenied("guildhall.error.membership.banned", community.name());
                case NONE -> throw new Conflict("guildhall.error.membership.none", community.name());
            }
            return null;
        });
        return policy.standing(community);
    }
}

package org.guildhall.community;

import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * What moderators and owners do to other people's memberships: decide requests, invite, change roles, remove and
 * ban. Moderators are members with the moderator or owner role, and the space's and the site's administrators.
 */
@Component
public class MemberModeration {

    private final MembershipPolicy policy;
    private final MembershipTransaction transaction;
    private final People people;

    public MemberModeration(MembershipPolicy policy, MembershipTransaction transaction, People people) {
        this.policy = policy;
        this.transaction = transaction;
        this.people = people;
    }

    /**
     * Approves (the person becomes a member) or denies (the request is deleted) a pending request. Moderators only.
     *
     * @param decision {@code approve} or {@code deny}
     * @param message  optional note to the requester, at most 2,000 characters
     * @throws InvalidInput naming {@code userKey}, {@code decision} or {@code message}
     * @throws AccessDenied when the caller does not moderate the community (403; 401 when not logged in)
     * @throws NotFound     when the community is not visible, or there is no pending request from that person
     */
    public MemberState decideRequest(String spaceKey, String userKey, String decision, String message) {
        String actorKey = policy.requireLogin();
        String subjectKey = MembershipInput.userKey(userKey);
        boolean approve = MembershipInput.approves(decision);
        String cleanMessage = MembershipInput.message(message);
        Community community = policy.visibleCommunity(spaceKey);
        return transaction.run(community, actorKey, changes -> {
            requireModerator(community);
            Membership request = changes.current(subjectKey)
                    .filter(membership -> membership.state() == MembershipState.PENDING)
                    .orElseThrow(() -> new NotFound("guildhall.error.request.not-found", subjectKey));
            if (approve) {
                return MemberState.of(changes.change(request, MembershipRole.MEMBER, MembershipState.MEMBER,
                        cleanMessage, MembershipAction.APPROVED));
            }
            changes.end(request, cleanMessage, MembershipAction.DENIED);
            return MemberState.none(subjectKey);
        });
    }

    /**
     * Invites a person; they become a member by joining. Inviting someone who asked to join approves them.
     * Moderators only.
     *
     * @throws InvalidInput naming {@code userKey} when it is malformed or no Confluence user has it
     * @throws AccessDenied when the caller does not moderate the community
     * @throws Conflict     when the person is already a member, or banned (lift the ban first)
     * @throws NotFound     when the community is not visible to the caller
     */
    public MemberState invite(String spaceKey, String userKey) {
        String actorKey = policy.requireLogin();
        String subjectKey = MembershipInput.userKey(userKey);
        Community community = policy.visibleCommunity(spaceKey);
        if (people.find(subjectKey).isEmpty()) {
            throw new InvalidInput(Map.of("userKey", "guildhall.error.user-key.unknown"));
        }
        return transaction.run(community, actorKey, changes -> {
            requireModerator(community);
            Optional<Membership> current = changes.current(subjectKey);
            if (current.isEmpty()) {
                return MemberState.of(changes.add(subjectKey, MembershipRole.MEMBER, MembershipState.INVITED, "",
                        MembershipAction.INVITED));
            }
            Membership membership = current.get();
            return switch (membership.state()) {
                case INVITED -> MemberState.of(membership);
                case PENDING -> MemberState.of(changes.change(membership, MembershipRole.MEMBER,
                        MembershipState.MEMBER, "", MembershipAction.APPROVED));
                case MEMBER -> throw new Conflict("guildhall.error.membership.already-member", subjectKey);
                case BANNED, NONE -> throw new Conflict("guildhall.error.membership.banned-lift-first", subjectKey);
            };
        });
    }

    /**
     * Gives a member another role. Owners only (and space or site administrators). A community always keeps at least
     * one owner: demoting the last one is refused.
     *
     * @throws InvalidInput naming {@code userKey} or {@code role}
     * @throws AccessDenied when the caller is not an owner
     * @throws Conflict     when it would leave the community without an owner
     * @throws NotFound     when the community is not visible, or the person is not a member
     */
    public MemberState changeRole(String spaceKey, String userKey, String role) {
        String actorKey = policy.requireLogin();
        String subjectKey = MembershipInput.userKey(userKey);
        MembershipRole newRole = MembershipInput.role(role);
        Community community = policy.visibleCommunity(spaceKey);
        return transaction.run(community, actorKey, changes -> {
            if (!policy.standing(community).canAdminister()) {
                throw new AccessDenied("guildhall.error.membership.not-owner", community.name());
            }
            Membership member = changes.current(subjectKey).filter(Membership::isMember)
                    .orElseThrow(() -> new NotFound("guildhall.error.member.not-found", subjectKey));
            if (member.role() == newRole) {
                return MemberState.of(member);
            }
            if (newRole != MembershipRole.OWNER) {
                changes.keepAnOwnerBesides(member);
            }
            return MemberState.of(changes.change(member, newRole, MembershipState.MEMBER, "",
                    MembershipAction.ROLE_CHANGED));
        });
    }

    /**
     * Removes a person's membership, request or invitation; with {@code ban}, bans them instead (also people who
     * are not members yet). Removing a banned person without {@code ban} lifts the ban. Moderators may remove and
     * ban members; removing or banning a moderator or owner needs an owner. The last owner cannot be removed.
     *
     * @throws InvalidInput naming {@code userKey}
     * @throws AccessDenied when the caller may not do this
     * @throws Conflict     when it would leave the community without an owner
     * @throws NotFound     when the community is not visible, or there is nothing to remove
     */
    public MemberState remove(String spaceKey, String userKey, boolean ban) {
        String actorKey = policy.requireLogin();
        String subjectKey = MembershipInput.userKey(userKey);
        Community community = policy.visibleCommunity(spaceKey);
        return transaction.run(community, actorKey, changes -> {
            MemberStanding caller = requireModerator(community);
            Optional<Membership> current = changes.current(subjectKey);
            if (current.isPresent() && current.get().moderates() && !caller.canAdminister()) {
                throw new AccessDenied("guildhall.error.membership.not-owner", community.name());
            }
            current.ifPresent(changes::keepAnOwnerBesides);
            if (ban) {
                if (current.isEmpty()) {
                    return MemberState.of(changes.add(subjectKey, MembershipRole.MEMBER, MembershipState.BANNED, "",
                            MembershipAction.BANNED));
                }
                if (current.get().state() == MembershipState.BANNED) {
                    return MemberState.of(current.get());
                }
                return MemberState.of(changes.change(current.get(), MembershipRole.MEMBER, MembershipState.BANNED,
                        "", MembershipAction.BANNED));
            }
            Membership membership = current.orElseThrow(
                    () -> new NotFound("guildhall.error.member.not-found", subjectKey));
            changes.end(membership, "", membership.state() == MembershipState.BANNED
                    ? MembershipAction.UNBANNED : MembershipAction.REMOVED);
            return MemberState.none(subjectKey);
        });
    }

    private MemberStanding requireModerator(Community community) {
        MemberStanding standing = policy.standing(community);
        if (!standing.canModerate()) {
            throw new AccessDenied("guildhall.error.membership.not-moderator", community.name());
        }
        return standing;
    }
}

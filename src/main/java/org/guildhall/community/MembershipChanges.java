package org.guildhall.community;

import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.GuildhallException.Conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The membership changes of one transaction: writes each one, logs it and keeps the community's members group and
 * the {@link MemberNames words of members' names} in step in the same transaction, and collects the event to publish once the transaction has committed.
 */
public final class MembershipChanges {

    private final MembershipDao dao;
    private final MembersGroup membersGroup;
    private final MemberNames names;
    private final Community community;
    private final String actorKey;
    private final Instant now;
    private final List<MembershipChangedEvent> events = new ArrayList<>();

    MembershipChanges(MembershipDao dao, MembersGroup membersGroup, MemberNames names, Community community,
                      String actorKey, Instant now) {
        this.dao = dao;
        this.membersGroup = membersGroup;
        this.names = names;
        this.community = community;
        this.actorKey = actorKey;
        this.now = now;
    }

    /** @return the person's membership as it stands now, under the lock */
    Optional<Membership> current(String subjectKey) {
        return dao.find(community.id(), subjectKey);
    }

    Membership add(String subjectKey, MembershipRole role, MembershipState state, String message,
                   MembershipAction action) {
        Membership added = dao.insert(community.id(), subjectKey, role, state, actorKey, message, now);
        names.index(community.id(), subjectKey, state);
        record(subjectKey, action, role, state, message);
        return added;
    }

    Membership change(Membership membership, MembershipRole role, MembershipState state, String message,
                      MembershipAction action) {
        Membership changed = dao.update(membership.id(), role, state, actorKey, message, now);
        if (membership.state() != state) {
            names.follow(community.id(), membership.userKey(), state);
        }
        record(membership.userKey(), action, role, state, message);
        return changed;
    }

    void end(Membership membership, String message, MembershipAction action) {
        dao.delete(membership.id());
        names.forget(community.id(), membership.userKey());
        record(membership.userKey(), action, MembershipRole.MEMBER, MembershipState.NONE, message);
    }

    /**
     * Refuses to let the community's last owner stop being one. Exact because the community is locked: no other
     * transaction can demote or remove an owner between this count and the commit.
     *
     * @throws Conflict when {@code membership} is the only owner left
     */
    void keepAnOwnerBesides(Membership membership) {
        if (membership.isOwner() && dao.countOwners(community.id()) <= 1) {
            throw new Conflict("guildhall.error.membership.last-owner", community.name());
        }
    }

    List<MembershipChangedEvent> events() {
        return List.copyOf(events);
    }

    private void record(String subjectKey, MembershipAction action, MembershipRole role, MembershipState state,
                        String message) {
        dao.log(community.id(), subjectKey, actorKey, action, role, state, message, now);
        membersGroup.keepInStep(community, subjectKey, state);
        events.add(new MembershipChangedEvent(community.spaceKey(), subjectKey, actorKey, action, role, state, now));
    }
}

package org.guildhall.community;

import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Makes the space admin who turns a space into a community its first owner, so that no community starts without
 * one. Also appoints them when an existing community has no owner (communities made before memberships existed).
 */
@Component
public class FoundingOwner {

    private final MembershipDao membershipDao;
    private final CurrentUser currentUser;
    private final AppEvents appEvents;
    private final Clock clock;
    private final MembersGroup membersGroup;
    private final MemberNames names;

    public FoundingOwner(MembershipDao membershipDao, CurrentUser currentUser, AppEvents appEvents, Clock clock,
                         MembersGroup membersGroup, MemberNames names) {
        this.membershipDao = membershipDao;
        this.membersGroup = membersGroup;
        this.names = names;
        this.currentUser = currentUser;
        this.appEvents = appEvents;
        this.clock = clock;
    }

    /**
     * Makes the current user the owner when the community has none. Call inside the transaction that saved the
     * community; publish the returned events with {@link #announce} after it has committed.
     */
    public List<MembershipChangedEvent> appointIfOwnerless(Community community) {
        Optional<String> userKey = currentUser.userKey();
        if (userKey.isEmpty() || membershipDao.countOwners(community.id()) > 0) {
            return List.of();
        }
        membershipDao.lockCommunity(community.id());
        MembershipChanges changes = new MembershipChanges(membershipDao, membersGroup, names, community,
                    userKey.get(), clock.now());
        Optional<Membership> current = changes.current(userKey.get());
        if (current.isPresent()) {
            changes.change(current.get(), MembershipRole.OWNER, MembershipState.MEMBER, "", MembershipAction.FOUNDED);
        } else {
            changes.add(userKey.get(), MembershipRole.OWNER, MembershipState.MEMBER, "", MembershipAction.FOUNDED);
        }
        membershipDao.refreshMemberCount(community.id());
        return changes.events();
    }

    /** Publishes the events of {@link #appointIfOwnerless} once its transaction has committed. */
    public void announce(List<MembershipChangedEvent> events) {
        events.forEach(appEvents::publish);
    }
}

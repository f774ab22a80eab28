package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.Groups;
import org.guildhall.platform.People;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Transactions;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Collaborators of the membership services as Mockito mocks, and a transaction stand-in that counts transactions
 * and can fail at commit, for the unit tests of {@link CommunityJoining} and {@link MemberModeration}.
 */
final class MembershipFixture {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    final CommunityDao communityDao = mock(CommunityDao.class);
    final MembershipDao membershipDao = mock(MembershipDao.class);
    final SpacePermissions spacePermissions = mock(SpacePermissions.class);
    final CurrentUser currentUser = mock(CurrentUser.class);
    final AppEvents appEvents = mock(AppEvents.class);
    final People people = mock(People.class);
    final Clock clock = mock(Clock.class);
    int transactionsRun;
    boolean commitFails;

    final Groups groups = mock(Groups.class);
    final MembersGroup membersGroup = new MembersGroup(groups);
    final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            transactionsRun++;
            T result = work.get();
            if (commitFails) {
                throw new IllegalStateException("commit failed");
            }
            return result;
        }

        @Override
        public <T> T inTransactionRetryingOnConflict(Supplier<T> work) {
            return inTransaction(work);
        }
    };
    final MembershipPolicy policy = new MembershipPolicy(communityDao, membershipDao, spacePermissions, currentUser);
    final MemberNameTokenDao nameTokens = mock(MemberNameTokenDao.class);
    final MembershipTransaction transaction = new MembershipTransaction(membershipDao, transactions, appEvents, clock,
            membersGroup, new MemberNames(people, nameTokens));

    MembershipFixture() {
        when(clock.now()).thenReturn(NOW);
        when(membershipDao.lockCommunity(anyLong())).thenReturn(true);
        when(membershipDao.find(anyLong(), anyString())).thenReturn(Optional.empty());
        when(membershipDao.insert(anyLong(), anyString(), any(), any(), anyString(), anyString(), any()))
                .thenAnswer(call -> new Membership(99, call.getArgument(0), call.getArgument(1), call.getArgument(2),
                        call.getArgument(3), call.getArgument(4), call.getArgument(5), NOW, NOW));
        when(membershipDao.update(anyLong(), any(), any(), anyString(), anyString(), any()))
                .thenAnswer(call -> new Membership(call.getArgument(0), 1, "someone", call.getArgument(1),
                        call.getArgument(2), call.getArgument(3), call.getArgument(4), NOW, NOW));
    }

    Community community(String spaceKey, Visibility visibility) {
        Community community = new Community((spaceKey.hashCode() & 0xfff) + 1, spaceKey, spaceKey + " community", "", visibility, 3, true, NOW, NOW);
        when(communityDao.findBySpaceKey(spaceKey)).thenReturn(Optional.of(community));
        when(spacePermissions.canView(spaceKey)).thenReturn(true);
        return community;
    }

    void loggedInAs(String userKey) {
        when(currentUser.userKey()).thenReturn(Optional.of(userKey));
    }

    Membership stored(Community community, String userKey, MembershipRole role, MembershipState state) {
        Membership membership = new Membership((community.spaceKey() + userKey).hashCode() & 0xffff, community.id(), userKey, role, state,
                userKey, "", NOW, NOW);
        when(membershipDao.find(eq(community.id()), eq(userKey))).thenReturn(Optional.of(membership));
        return membership;
    }
}

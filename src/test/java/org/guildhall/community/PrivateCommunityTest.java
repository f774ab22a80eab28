package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Groups;
import org.guildhall.platform.People;
import org.guildhall.platform.SpaceAccessControl;
import org.guildhall.platform.SpaceGrant;
import org.guildhall.platform.SpaceGrant.Access;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Transactions;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class PrivateCommunityTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final String GROUP = "guildhall-coffee-members";
    private static final Community COFFEE = new Community(7, "COFFEE", "Coffee", "", Visibility.OPEN, 2, true, NOW, NOW);

    private final CommunityDao communityDao = mock(CommunityDao.class);
    private final MembershipDao membershipDao = mock(MembershipDao.class);
    private final Spaces spaces = mock(Spaces.class);
    private final SpacePermissions permissions = mock(SpacePermissions.class);
    private final SpaceAccessControl accessControl = mock(SpaceAccessControl.class);
    private final Groups groups = mock(Groups.class);
    private final People people = mock(People.class);
    private final Clock clock = mock(Clock.class);
    private final CommunityAdministration administration = mock(CommunityAdministration.class);
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }

        @Override
        public <T> T inTransactionRetryingOnConflict(Supplier<T> work) {
            return work.get();
        }
    };
    private final PrivateCommunity privateCommunity = new PrivateCommunity(communityDao, membershipDao, spaces,
            permissions, accessControl, groups, people, transactions, clock, administration);

    @Before
    public void setUp() {
        when(clock.now()).thenReturn(NOW);
        when(spaces.find("COFFEE")).thenReturn(Optional.of(new Spaces.SpaceSummary("COFFEE", "Coffee")));
        when(permissions.canView("COFFEE")).thenReturn(true);
        when(permissions.canAdminister("COFFEE")).thenReturn(true);
        when(communityDao.findBySpaceKey("COFFEE")).thenReturn(Optional.of(COFFEE));
        when(membershipDao.lockCommunity(7)).thenReturn(true);
        when(membershipDao.findByState(eq(7L), eq(MembershipState.MEMBER), any(), any(), anyInt()))
                .thenReturn(List.of(member("wb-key-alice"), member("wb-key-carol")));
        when(people.find(anyString())).thenReturn(Optional.empty());
        when(accessControl.grants("COFFEE")).thenReturn(List.of(
                SpaceGrant.user("wb-key-alice", Access.ADMINISTER),
                SpaceGrant.user("wb-key-alice", Access.VIEW),
                SpaceGrant.group("confluence-administrators", Access.ADMINISTER),
                SpaceGrant.group("confluence-administrators", Access.VIEW),
                SpaceGrant.group("confluence-users", Access.VIEW),
                SpaceGrant.group("confluence-users", Access.ADD_PAGES),
                SpaceGrant.user("wb-key-bob", Access.VIEW),
                SpaceGrant.anonymous(Access.VIEW)));
    }

    @Test
    public void preview_removesEveryBroaderViewGrantButKeepsAdministratorsAndMembers() {
        PrivacyPlan plan = privateCommunity.preview("COFFEE", null);

        assertThat(plan.group(), is(GROUP));
        assertThat(plan.createGroup(), is(true));
        assertThat(plan.membersToAdd(), contains("wb-key-alice", "wb-key-carol"));
        assertThat(plan.grantsToAdd(), contains(SpaceGrant.group(GROUP, Access.VIEW),
                SpaceGrant.group(GROUP, Access.COMMENT)));
        assertThat(plan.grantsToRemove(), containsInAnyOrder(SpaceGrant.group("confluence-users", Access.VIEW),
                SpaceGrant.user("wb-key-bob", Access.VIEW), SpaceGrant.anonymous(Access.VIEW)));
        assertThat(plan.grantsKept(), contains(SpaceGrant.group("confluence-administrators", Access.VIEW)));
    }

    @Test
    public void preview_changesNothing() {
        privateCommunity.preview("COFFEE", "contribute");

        verify(groups, never()).create(anyString());
        verify(accessControl, never()).grant(anyString(), any());
        verify(accessControl, never()).revoke(anyString(), any());
    }

    @Test
    public void preview_isRefusedToPeopleWhoDoNotAdministerTheSpace() {
        when(permissions.canAdminister("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.AccessDenied.class, () -> privateCommunity.preview("COFFEE", null));
    }

    @Test
    public void preview_hidesSpacesTheCallerCannotView() {
        when(permissions.canView("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.NotFound.class, () -> privateCommunity.preview("COFFEE", null));
    }

    @Test
    public void preview_refusesAnUnknownMemberAccess() {
        GuildhallException refused = assertThrows(GuildhallException.InvalidInput.class,
                () -> privateCommunity.preview("COFFEE", "everything"));

        assertThat(refused.fieldErrorKeys().keySet(), contains("memberAccess"));
    }

    @Test
    public void token_changesWhenTheMembersChange() {
        String before = privateCommunity.preview("COFFEE", null).token();
        when(membershipDao.findByState(eq(7L), eq(MembershipState.MEMBER), any(), any(), anyInt()))
                .thenReturn(List.of(member("wb-key-alice")));

        assertThat(privateCommunity.preview("COFFEE", null).token(), not(before));
    }

    @Test
    public void makePrivate_withoutATokenIsRefusedWithTheCurrentPlanAndChangesNothing() {
        PrivacyPlanRefused refused = assertThrows(PrivacyPlanRefused.class,
                () -> privateCommunity.makePrivate("COFFEE", " ", null));

        assertThat(refused.stale(), is(false));
        assertThat(refused.fieldErrorKeys().keySet(), contains("confirmPlan"));
        assertThat(refused.currentPlan().group(), is(GROUP));
        verify(groups, never()).create(anyString());
        verify(accessControl, never()).revoke(anyString(), any());
    }

    @Test
    public void makePrivate_withAStaleTokenIsRefusedAsStaleAndChangesNothing() {
        PrivacyPlanRefused refused = assertThrows(PrivacyPlanRefused.class,
                () -> privateCommunity.makePrivate("COFFEE", "0123456789abcdef", null));

        assertThat(refused.stale(), is(true));
        verify(groups, never()).create(anyString());
        verify(communityDao, never()).save(anyString(), any(), any());
    }

    @Test
    public void makePrivate_appliesTheConfirmedPlanGrantingBeforeRevokingAndMarksTheCommunityPrivate() {
        String token = privateCommunity.preview("COFFEE", null).token();

        privateCommunity.makePrivate("COFFEE", token, null);

        var order = inOrder(membershipDao, groups, accessControl, communityDao);
        order.verify(membershipDao).lockCommunity(7);
        order.verify(groups).create(GROUP);
        order.verify(groups).addMember(GROUP, "wb-key-alice");
        order.verify(groups).addMember(GROUP, "wb-key-carol");
        order.verify(accessControl).grant("COFFEE", SpaceGrant.group(GROUP, Access.VIEW));
        order.verify(accessControl, org.mockito.Mockito.times(3)).revoke(eq("COFFEE"), any());
        order.verify(communityDao).save(eq("COFFEE"),
                eq(new CommunitySettings("Coffee", "", Visibility.PRIVATE)), eq(NOW));
        verify(accessControl, never()).revoke("COFFEE", SpaceGrant.group("confluence-administrators", Access.VIEW));
        verify(accessControl, never()).revoke("COFFEE", SpaceGrant.user("wb-key-alice", Access.VIEW));
    }

    @Test
    public void saveAsPrivate_checksTheSettingsBeforeTouchingTheSpace() {
        org.mockito.Mockito.doThrow(new GuildhallException.InvalidInput(java.util.Map.of("name", "x")))
                .when(administration).checkSettings(any(), any(), any());

        assertThrows(GuildhallException.InvalidInput.class,
                () -> privateCommunity.saveAsPrivate("COFFEE", "", "", null, "token", null));

        verify(membershipDao, never()).lockCommunity(anyLong());
    }

    private static Membership member(String userKey) {
        return new Membership(1, 7, userKey, MembershipRole.MEMBER, MembershipState.MEMBER, userKey, null, NOW, NOW);
    }

    private static int anyInt() {
        return org.mockito.ArgumentMatchers.anyInt();
    }
}

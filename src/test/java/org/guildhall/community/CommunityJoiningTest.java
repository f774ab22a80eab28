package org.guildhall.community;

import org.guildhall.platform.GuildhallException;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

import static org.guildhall.community.MembershipFixture.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CommunityJoiningTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final CommunityJoining joining = new CommunityJoining(fixture.policy, fixture.transaction);
    private Community coffee;
    private Community tea;

    @Before
    public void setUp() {
        coffee = fixture.community("COFFEE", Visibility.OPEN);
        tea = fixture.community("TEA", Visibility.REQUEST);
        fixture.loggedInAs("key-bob");
    }

    @Test
    public void join_makesSomeoneAMemberOfAnOpenCommunityAtOnce_logsItAndPublishesAfterCommit() {
        joining.join("COFFEE", null);

        var order = inOrder(fixture.membershipDao, fixture.appEvents);
        order.verify(fixture.membershipDao).lockCommunity(coffee.id());
        order.verify(fixture.membershipDao).insert(coffee.id(), "key-bob", MembershipRole.MEMBER,
                MembershipState.MEMBER, "key-bob", "", NOW);
        order.verify(fixture.membershipDao).log(coffee.id(), "key-bob", "key-bob", MembershipAction.JOINED,
                MembershipRole.MEMBER, MembershipState.MEMBER, "", NOW);
        order.verify(fixture.membershipDao).refreshMemberCount(coffee.id());
        order.verify(fixture.appEvents).publish(new MembershipChangedEvent("COFFEE", "key-bob", "key-bob",
                MembershipAction.JOINED, MembershipRole.MEMBER, MembershipState.MEMBER, NOW));
        assertThat(fixture.transactionsRun, is(1));
    }

    @Test
    public void join_indexesTheWordsOfTheNewMembersName_andLeavingRemovesThem() {
        when(fixture.people.find("key-bob")).thenReturn(java.util.Optional.of(
                new org.guildhall.platform.People.Person("key-bob", "bob.b", "Bob Brewer")));
        joining.join("COFFEE", null);
        verify(fixture.nameTokens).replace(coffee.id(), "key-bob", MembershipState.MEMBER,
                java.util.List.of("bob", "brewer", "b"));

        fixture.stored(coffee, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);
        joining.leave("COFFEE");
        verify(fixture.nameTokens).delete(coffee.id(), "key-bob");
    }

    @Test
    public void join_asksToJoinACommunityThatJoinsOnRequest_withTheirMessage() {
        joining.join("TEA", "  I brew oolong  ");

        verify(fixture.membershipDao).insert(tea.id(), "key-bob", MembershipRole.MEMBER, MembershipState.PENDING,
                "key-bob", "I brew oolong", NOW);
        verify(fixture.membershipDao).log(tea.id(), "key-bob", "key-bob", MembershipAction.REQUESTED,
                MembershipRole.MEMBER, MembershipState.PENDING, "I brew oolong", NOW);
    }

    @Test
    public void join_acceptsAnInvitationEvenToACommunityThatJoinsOnRequest() {
        Membership invitation = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.INVITED);

        joining.join("TEA", null);

        verify(fixture.membershipDao).update(invitation.id(), MembershipRole.MEMBER, MembershipState.MEMBER,
                "key-bob", "", NOW);
    }

    @Test
    public void join_againChangesNothingForAMemberOrARequester() {
        fixture.stored(coffee, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);
        fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);

        joining.join("COFFEE", null);
        joining.join("TEA", "again");

        verify(fixture.membershipDao, never()).insert(anyLong(), anyString(), any(), any(), anyString(), anyString(), any());
        verify(fixture.membershipDao, never()).update(anyLong(), any(), any(), anyString(), anyString(), any());
        verify(fixture.appEvents, never()).publish(any());
    }

    @Test
    public void join_refusesABannedPersonAndChangesNothing() {
        fixture.stored(coffee, "key-bob", MembershipRole.MEMBER, MembershipState.BANNED);

        assertThrows(GuildhallException.AccessDenied.class, () -> joining.join("COFFEE", null));

        verify(fixture.membershipDao, never()).update(anyLong(), any(), any(), anyString(), anyString(), any());
        verify(fixture.appEvents, never()).publish(any());
    }

    @Test
    public void join_refusesAnonymousReadersBeforeTouchingTheDatabase() {
        when(fixture.currentUser.userKey()).thenReturn(java.util.Optional.empty());

        assertThrows(GuildhallException.AccessDenied.class, () -> joining.join("COFFEE", null));

        assertThat(fixture.transactionsRun, is(0));
    }

    @Test
    public void join_treatsACommunityWhoseSpaceTheCallerMayNotViewAsMissing() {
        when(fixture.spacePermissions.canView("COFFEE")).thenReturn(false);

        assertThrows(GuildhallException.NotFound.class, () -> joining.join("COFFEE", null));

        assertThat(fixture.transactionsRun, is(0));
    }

    @Test
    public void join_rejectsAMessageLongerThan2000CharactersOrWithControlCharacters_namingTheField() {
        GuildhallException.InvalidInput tooLong = assertThrows(GuildhallException.InvalidInput.class,
                () -> joining.join("TEA", "x".repeat(10_240)));
        GuildhallException.InvalidInput control = assertThrows(GuildhallException.InvalidInput.class,
                () -> joining.join("TEA", "hi\u0007there"));

        assertThat(tooLong.fieldErrorKeys(), hasEntry("message", "guildhall.error.message.too-long"));
        assertThat(control.fieldErrorKeys(), hasEntry("message", "guildhall.error.control-characters"));
        assertThat(fixture.transactionsRun, is(0));
    }

    @Test
    public void join_publishesNothingWhenTheTransactionDoesNotCommit() {
        fixture.commitFails = true;

        assertThrows(IllegalStateException.class, () -> joining.join("COFFEE", null));

        verify(fixture.appEvents, never()).publish(any());
    }

    @Test
    public void leave_refusesTheLastOwner() {
        fixture.stored(coffee, "key-bob", MembershipRole.OWNER, MembershipState.MEMBER);
        when(fixture.membershipDao.countOwners(coffee.id())).thenReturn(1);

        GuildhallException.Conflict refused = assertThrows(GuildhallException.Conflict.class, () -> joining.leave("COFFEE"));

        assertThat(refused.messageKey(), is("guildhall.error.membership.last-owner"));
        verify(fixture.membershipDao, never()).delete(anyLong());
    }

    @Test
    public void leave_letsAnOwnerGoWhileAnotherOwnerStays() {
        Membership owner = fixture.stored(coffee, "key-bob", MembershipRole.OWNER, MembershipState.MEMBER);
        when(fixture.membershipDao.countOwners(coffee.id())).thenReturn(2);

        joining.leave("COFFEE");

        verify(fixture.membershipDao).delete(owner.id());
        verify(fixture.membershipDao).log(coffee.id(), "key-bob", "key-bob", MembershipAction.LEFT,
                MembershipRole.MEMBER, MembershipState.NONE, "", NOW);
    }

    @Test
    public void leave_withdrawsARequestAndDeclinesAnInvitation() {
        Membership request = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);
        Membership invitation = fixture.stored(coffee, "key-bob", MembershipRole.MEMBER, MembershipState.INVITED);

        joining.leave("TEA");
        joining.leave("COFFEE");

        ArgumentCaptor<MembershipChangedEvent> events = ArgumentCaptor.forClass(MembershipChangedEvent.class);
        verify(fixture.membershipDao).delete(request.id());
        verify(fixture.membershipDao).delete(invitation.id());
        verify(fixture.appEvents, org.mockito.Mockito.times(2)).publish(events.capture());
        assertThat(events.getAllValues().get(0).action(), is(MembershipAction.WITHDREW));
        assertThat(events.getAllValues().get(1).action(), is(MembershipAction.DECLINED));
    }

    @Test
    public void leave_isAConflictForSomeoneWithNothingToLeave() {
        assertThrows(GuildhallException.Conflict.class, () -> joining.leave("COFFEE"));

        verify(fixture.membershipDao, never()).delete(anyLong());
        verify(fixture.membershipDao, never()).log(eq(coffee.id()), anyString(), anyString(), any(), any(), any(),
                anyString(), any());
    }

    @Test
    public void join_acceptingAnInvitationToAPrivateCommunityWorksWithoutViewingItsSpace_andAddsToItsGroup() {
        Community secret = fixture.community("SECRET", Visibility.PRIVATE);
        when(fixture.spacePermissions.canView("SECRET")).thenReturn(false);
        fixture.stored(secret, "key-bob", MembershipRole.MEMBER, MembershipState.INVITED);
        when(fixture.groups.exists("guildhall-secret-members")).thenReturn(true);

        joining.join("SECRET", null);

        verify(fixture.groups).addMember("guildhall-secret-members", "key-bob");
    }

    @Test
    public void join_aPrivateCommunityStaysInvisibleToPeopleWhoAreNotInvited() {
        fixture.community("SECRET", Visibility.PRIVATE);
        when(fixture.spacePermissions.canView("SECRET")).thenReturn(false);

        assertThrows(GuildhallException.NotFound.class, () -> joining.join("SECRET", null));
    }

    @Test
    public void leave_takesThePersonOutOfTheMembersGroup() {
        Community secret = fixture.community("SECRET", Visibility.PRIVATE);
        fixture.stored(secret, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);
        when(fixture.groups.exists("guildhall-secret-members")).thenReturn(true);

        joining.leave("SECRET");

        verify(fixture.groups).removeMember("guildhall-secret-members", "key-bob");
    }
}

package org.guildhall.community;

import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.People.Person;
import org.junit.Before;
import org.junit.Test;

import java.util.Optional;

import static org.guildhall.community.MembershipFixture.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class MemberModerationTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberModeration moderation = new MemberModeration(fixture.policy, fixture.transaction, fixture.people);
    private Community tea;

    @Before
    public void setUp() {
        tea = fixture.community("TEA", Visibility.REQUEST);
        fixture.loggedInAs("key-mod");
        fixture.stored(tea, "key-mod", MembershipRole.MODERATOR, MembershipState.MEMBER);
        when(fixture.people.find("key-dave")).thenReturn(Optional.of(new Person("key-dave", "dave", "Dave Dubois")));
    }

    @Test
    public void decideRequest_approvingMakesTheRequesterAMember() {
        Membership request = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);

        MemberState after = moderation.decideRequest("TEA", "key-bob", "approve", "Welcome!");

        assertThat(after.state(), is(MembershipState.MEMBER));
        verify(fixture.membershipDao).update(request.id(), MembershipRole.MEMBER, MembershipState.MEMBER, "key-mod",
                "Welcome!", NOW);
        verify(fixture.membershipDao).log(tea.id(), "key-bob", "key-mod", MembershipAction.APPROVED,
                MembershipRole.MEMBER, MembershipState.MEMBER, "Welcome!", NOW);
        verify(fixture.nameTokens).changeState(tea.id(), "key-bob", MembershipState.MEMBER);
    }

    @Test
    public void decideRequest_denyingDeletesTheRequestAndLogsTheMessage() {
        Membership request = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);

        MemberState after = moderation.decideRequest("TEA", "key-bob", "deny", "Not this time");

        assertThat(after.state(), is(MembershipState.NONE));
        verify(fixture.membershipDao).delete(request.id());
        verify(fixture.membershipDao).log(tea.id(), "key-bob", "key-mod", MembershipAction.DENIED,
                MembershipRole.MEMBER, MembershipState.NONE, "Not this time", NOW);
    }

    @Test
    public void decideRequest_byAPlainMemberIsRefused() {
        fixture.stored(tea, "key-mod", MembershipRole.MEMBER, MembershipState.MEMBER);
        fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);

        assertThrows(GuildhallException.AccessDenied.class,
                () -> moderation.decideRequest("TEA", "key-bob", "approve", null));

        verify(fixture.membershipDao, never()).update(anyLong(), any(), any(), anyString(), anyString(), any());
    }

    @Test
    public void decideRequest_letsTheSpaceAdminDecideWithoutBeingAMember() {
        fixture.loggedInAs("key-space-admin");
        when(fixture.spacePermissions.canAdminister("TEA")).thenReturn(true);
        fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.PENDING);

        assertThat(moderation.decideRequest("TEA", "key-bob", "approve", null).state(), is(MembershipState.MEMBER));
    }

    @Test
    public void decideRequest_rejectsAnUnknownDecisionAndAMalformedUserKey_namingTheField() {
        GuildhallException.InvalidInput decision = assertThrows(GuildhallException.InvalidInput.class,
                () -> moderation.decideRequest("TEA", "key-bob", "maybe", null));
        GuildhallException.InvalidInput userKey = assertThrows(GuildhallException.InvalidInput.class,
                () -> moderation.decideRequest("TEA", "bad\nkey", "approve", null));

        assertThat(decision.fieldErrorKeys(), hasEntry("decision", "guildhall.error.decision.invalid"));
        assertThat(userKey.fieldErrorKeys(), hasEntry("userKey", "guildhall.error.user-key.invalid"));
        assertThat(fixture.transactionsRun, is(0));
    }

    @Test
    public void decideRequest_isNotFoundWhenThatPersonHasNoPendingRequest() {
        fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);

        assertThrows(GuildhallException.NotFound.class, () -> moderation.decideRequest("TEA", "key-bob", "deny", null));
    }

    @Test
    public void invite_storesAnInvitationForAKnownPerson() {
        MemberState after = moderation.invite("TEA", "key-dave");

        assertThat(after.state(), is(MembershipState.INVITED));
        verify(fixture.membershipDao).insert(tea.id(), "key-dave", MembershipRole.MEMBER, MembershipState.INVITED,
                "key-mod", "", NOW);
    }

    @Test
    public void invite_rejectsAUserKeyNoConfluenceUserHas() {
        GuildhallException.InvalidInput refused = assertThrows(GuildhallException.InvalidInput.class,
                () -> moderation.invite("TEA", "key-nobody"));

        assertThat(refused.fieldErrorKeys(), hasEntry("userKey", "guildhall.error.user-key.unknown"));
        assertThat(fixture.transactionsRun, is(0));
    }

    @Test
    public void changeRole_isForOwnersOnly() {
        fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);

        assertThrows(GuildhallException.AccessDenied.class, () -> moderation.changeRole("TEA", "key-bob", "moderator"));
    }

    @Test
    public void changeRole_refusesToDemoteTheLastOwner() {
        fixture.loggedInAs("key-owner");
        fixture.stored(tea, "key-owner", MembershipRole.OWNER, MembershipState.MEMBER);
        when(fixture.membershipDao.countOwners(tea.id())).thenReturn(1);

        assertThrows(GuildhallException.Conflict.class, () -> moderation.changeRole("TEA", "key-owner", "member"));

        verify(fixture.membershipDao, never()).update(anyLong(), any(), any(), anyString(), anyString(), any());
    }

    @Test
    public void changeRole_rejectsAnUnknownRoleNamingTheField() {
        GuildhallException.InvalidInput refused = assertThrows(GuildhallException.InvalidInput.class,
                () -> moderation.changeRole("TEA", "key-bob", "king"));

        assertThat(refused.fieldErrorKeys(), hasEntry("role", "guildhall.error.role.invalid"));
    }

    @Test
    public void remove_byAModeratorCannotTouchAnotherModerator() {
        fixture.stored(tea, "key-other-mod", MembershipRole.MODERATOR, MembershipState.MEMBER);

        assertThrows(GuildhallException.AccessDenied.class, () -> moderation.remove("TEA", "key-other-mod", false));
    }

    @Test
    public void remove_withBanKeepsTheRowAsBanned_andRemovingABannedPersonLiftsTheBan() {
        Membership member = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);

        assertThat(moderation.remove("TEA", "key-bob", true).state(), is(MembershipState.BANNED));
        verify(fixture.membershipDao).update(member.id(), MembershipRole.MEMBER, MembershipState.BANNED, "key-mod", "", NOW);
        verify(fixture.nameTokens).changeState(tea.id(), "key-bob", MembershipState.BANNED);

        Membership banned = fixture.stored(tea, "key-bob", MembershipRole.MEMBER, MembershipState.BANNED);
        assertThat(moderation.remove("TEA", "key-bob", false).state(), is(MembershipState.NONE));
        verify(fixture.membershipDao).delete(banned.id());
        verify(fixture.membershipDao).log(tea.id(), "key-bob", "key-mod", MembershipAction.UNBANNED,
                MembershipRole.MEMBER, MembershipState.NONE, "", NOW);
    }

    @Test
    public void remove_canBanSomeoneWhoIsNotAMemberYet() {
        moderation.remove("TEA", "key-dave", true);

        verify(fixture.membershipDao).insert(tea.id(), "key-dave", MembershipRole.MEMBER, MembershipState.BANNED,
                "key-mod", "", NOW);
    }

    @Test
    public void remove_andBan_takeThePersonOutOfAPrivateCommunitysGroup() {
        Community secret = fixture.community("SECRET", Visibility.PRIVATE);
        fixture.stored(secret, "key-mod", MembershipRole.MODERATOR, MembershipState.MEMBER);
        fixture.stored(secret, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);
        fixture.stored(secret, "key-carol", MembershipRole.MEMBER, MembershipState.MEMBER);
        when(fixture.groups.exists("guildhall-secret-members")).thenReturn(true);

        moderation.remove("SECRET", "key-bob", false);
        moderation.remove("SECRET", "key-carol", true);

        verify(fixture.groups).removeMember("guildhall-secret-members", "key-bob");
        verify(fixture.groups).removeMember("guildhall-secret-members", "key-carol");
    }
}

package org.guildhall.community;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class MemberRosterTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberRoster roster = new MemberRoster(fixture.policy,
            new MemberListing(fixture.policy, fixture.membershipDao, fixture.people, fixture.nameTokens));

    @Test
    public void firstPage_listsMembersButNoRequestsForAMember() {
        Community coffee = fixture.community("COFFEE", Visibility.REQUEST);
        fixture.loggedInAs("key-bob");
        fixture.stored(coffee, "key-bob", MembershipRole.MEMBER, MembershipState.MEMBER);
        when(fixture.membershipDao.findByState(eq(coffee.id()), eq(MembershipState.MEMBER), any(), any(), anyInt()))
                .thenReturn(List.of());

        MemberRoster.FirstPage page = roster.firstPage("COFFEE", 20);

        assertThat(page.members().isPresent(), is(true));
        assertThat(page.requests(), is(Optional.empty()));
        verify(fixture.membershipDao, never()).findByState(anyLong(), eq(MembershipState.PENDING), any(), any(), anyInt());
    }

    @Test
    public void firstPage_addsPendingRequestsForAModerator() {
        Community coffee = fixture.community("COFFEE", Visibility.REQUEST);
        fixture.loggedInAs("key-carol");
        fixture.stored(coffee, "key-carol", MembershipRole.MODERATOR, MembershipState.MEMBER);
        Membership request = new Membership(7, coffee.id(), "key-dave", MembershipRole.MEMBER, MembershipState.PENDING,
                "key-dave", "hello", MembershipFixture.NOW, MembershipFixture.NOW);
        when(fixture.membershipDao.findByState(eq(coffee.id()), any(), any(), any(), anyInt())).thenReturn(List.of());
        when(fixture.membershipDao.findByState(eq(coffee.id()), eq(MembershipState.PENDING), any(), any(), anyInt()))
                .thenReturn(List.of(request));

        MemberRoster.FirstPage page = roster.firstPage("COFFEE", 20);

        assertThat(page.requests().orElseThrow().members().get(0).membership(), is(request));
    }

    @Test
    public void firstPage_givesAnonymousReadersNoNames() {
        fixture.community("COFFEE", Visibility.OPEN);
        when(fixture.currentUser.userKey()).thenReturn(Optional.empty());

        MemberRoster.FirstPage page = roster.firstPage("COFFEE", 20);

        assertThat(page.members(), is(Optional.empty()));
        verify(fixture.membershipDao, never()).findByState(anyLong(), any(), any(), any(), anyInt());
    }
}

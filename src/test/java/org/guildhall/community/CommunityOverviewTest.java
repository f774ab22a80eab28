package org.guildhall.community;

import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People.Person;
import org.junit.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

public class CommunityOverviewTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final CommunityOverview overview = new CommunityOverview(fixture.policy, fixture.membershipDao, fixture.people);

    @Test
    public void overview_namesOwnersModeratorsAndNewestMembersWithTheirDisplayNames() {
        Community coffee = fixture.community("COFFEE", Visibility.OPEN);
        fixture.loggedInAs("key-bob");
        Membership owner = member(coffee, "key-alice", MembershipRole.OWNER);
        Membership moderator = member(coffee, "key-carol", MembershipRole.MODERATOR);
        Membership newcomer = member(coffee, "key-dave", MembershipRole.MEMBER);
        when(fixture.membershipDao.findByState(coffee.id(), MembershipState.MEMBER, Optional.of(MembershipRole.OWNER),
                Optional.empty(), CommunityOverview.MODERATORS_SHOWN)).thenReturn(List.of(owner));
        when(fixture.membershipDao.findByState(coffee.id(), MembershipState.MEMBER, Optional.of(MembershipRole.MODERATOR),
                Optional.empty(), CommunityOverview.MODERATORS_SHOWN)).thenReturn(List.of(moderator));
        when(fixture.membershipDao.findNewestMembers(coffee.id(), CommunityOverview.NEWEST_MEMBERS))
                .thenReturn(List.of(newcomer, moderator));
        when(fixture.people.findAll(anyCollection()))
                .thenReturn(Map.of("key-alice", new Person("key-alice", "alice", "Alice")));

        CommunityOverview.Facts facts = overview.overview("COFFEE");

        assertThat(facts.owners().get(0).person().map(Person::displayName), is(Optional.of("Alice")));
        assertThat(facts.moderators().get(0).membership(), is(moderator));
        assertThat(facts.newestMembers().stream().map(Member::membership).toList(), contains(newcomer, moderator));
        assertThat(facts.standing().state(), is(MembershipState.NONE));
    }

    @Test
    public void overview_givesAnonymousReadersTheCommunityButNoNames() {
        fixture.community("COFFEE", Visibility.OPEN);
        when(fixture.currentUser.userKey()).thenReturn(Optional.empty());

        CommunityOverview.Facts facts = overview.overview("COFFEE");

        assertThat(facts.standing().community().spaceKey(), is("COFFEE"));
        assertThat(facts.owners(), is(empty()));
        assertThat(facts.newestMembers(), is(empty()));
        verify(fixture.membershipDao, never()).findNewestMembers(anyLong(), anyInt());
    }

    @Test
    public void overview_isNotFoundForACommunityWhoseSpaceTheReaderMayNotView() {
        fixture.community("QC", Visibility.OPEN);
        fixture.loggedInAs("key-bob");
        when(fixture.spacePermissions.canView(eq("QC"))).thenReturn(false);

        assertThrows(NotFound.class, () -> overview.overview("QC"));
        verify(fixture.membershipDao, never()).findNewestMembers(anyLong(), anyInt());
    }

    private static Membership member(Community community, String userKey, MembershipRole role) {
        return new Membership(userKey.hashCode(), community.id(), userKey, role, MembershipState.MEMBER, userKey, "",
                MembershipFixture.NOW, MembershipFixture.NOW);
    }
}

package org.guildhall.community;

import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People.Person;
import org.junit.Before;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How a name search walks Confluence's user directory: a first slice of twice the page, then larger slices, at most
 * {@value MemberListing#SEARCH_SLICES_PER_PAGE} per page, with a cursor that continues exactly where it stopped.
 */
public class MemberListingTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberListing listing = new MemberListing(fixture.policy, fixture.membershipDao, fixture.people);
    private final List<Optional<Person>> directory = new ArrayList<>();
    private final Set<String> members = new java.util.HashSet<>();
    private Community club;

    @Before
    public void aClubAndADirectoryOfPeopleNamedAlex() {
        club = fixture.community("CLUB", Visibility.OPEN);
        fixture.loggedInAs("key-reader");
        for (int i = 0; i < 2000; i++) {
            directory.add(Optional.of(new Person("key-" + i, String.format("alex%04d", i), "Alex " + i)));
        }
        when(fixture.people.search(eq("alex"), anyInt(), anyInt())).thenAnswer(call -> {
            int start = call.getArgument(1);
            int max = call.getArgument(2);
            return directory.subList(Math.min(start, directory.size()), Math.min(start + max, directory.size()));
        });
        when(fixture.membershipDao.findByUserKeys(anyLong(), eq(MembershipState.MEMBER), eq(Optional.empty()), any()))
                .thenAnswer(call -> {
                    Map<String, Membership> found = new HashMap<>();
                    for (String userKey : (Collection<String>) call.getArgument(3)) {
                        if (members.contains(userKey)) {
                            found.put(userKey, new Membership(1, club.id(), userKey, MembershipRole.MEMBER,
                                    MembershipState.MEMBER, userKey, "", MembershipFixture.NOW, MembershipFixture.NOW));
                        }
                    }
                    return found;
                });
    }

    @Test
    public void search_readsFurtherSlicesUntilThePageIsFull_andTheCursorPointsAtTheNextMatch() {
        members.addAll(List.of("key-10", "key-20", "key-30"));

        MemberPage first = listing.members("CLUB", null, "alex", null, 2);
        MemberPage second = listing.members("CLUB", null, "alex", first.nextCursor().orElseThrow(), 2);

        assertThat(userKeys(first), contains("key-10", "key-20"));
        assertThat(decode(first.nextCursor().orElseThrow()), is("30"));
        assertThat(userKeys(second), contains("key-30"));
        verify(fixture.people).search("alex", 0, 4);
        verify(fixture.people).search("alex", 4, MemberListing.SEARCH_SLICE);
    }

    @Test
    public void search_stopsAfterItsSlicesWithACursorThatContinuesWhereItStopped() {
        members.add("key-1500");

        MemberPage first = listing.members("CLUB", null, "alex", null, 25);
        MemberPage second = listing.members("CLUB", null, "alex", first.nextCursor().orElseThrow(), 25);

        assertThat(first.members(), is(empty()));
        assertThat(decode(first.nextCursor().orElseThrow()), is(Integer.toString(50 + 2 * MemberListing.SEARCH_SLICE)));
        assertThat(userKeys(second), contains("key-1500"));
        assertThat(second.nextCursor(), is(Optional.empty()));
    }

    @Test
    public void search_skipsPeopleConfluenceCannotResolve_withoutLosingTheirPlace() {
        directory.set(0, Optional.empty());
        members.addAll(List.of("key-1", "key-2"));

        MemberPage page = listing.members("CLUB", null, "alex", null, 1);

        assertThat(userKeys(page), contains("key-1"));
        assertThat(decode(page.nextCursor().orElseThrow()), is("2"));
    }

    @Test
    public void search_refusesACursorThatIsNotAPositionInTheSearch() {
        String keyCursor = MemberListing.toCursor("key-10");

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> listing.members("CLUB", null, "alex", keyCursor, 2));

        assertThat(refused.fieldErrorKeys().keySet(), contains("cursor"));
    }

    @Test
    public void members_withoutSearch_readOnePageAndLookUpAllItsNamesAtOnce() {
        Membership bob = new Membership(1, club.id(), "key-bob", MembershipRole.OWNER, MembershipState.MEMBER,
                "key-bob", "", MembershipFixture.NOW, MembershipFixture.NOW);
        Membership carol = new Membership(2, club.id(), "key-carol", MembershipRole.MEMBER, MembershipState.MEMBER,
                "key-carol", "", MembershipFixture.NOW, MembershipFixture.NOW);
        when(fixture.membershipDao.findByState(club.id(), MembershipState.MEMBER, Optional.empty(), Optional.empty(), 2))
                .thenReturn(List.of(bob, carol));
        when(fixture.people.findAll(List.of("key-bob"))).thenReturn(Map.of("key-bob",
                new Person("key-bob", "bob", "Bob")));

        MemberPage page = listing.members("CLUB", null, null, null, 1);

        assertThat(page.members().get(0).person().map(Person::displayName), is(Optional.of("Bob")));
        assertThat(decode(page.nextCursor().orElseThrow()), is("key-bob"));
        verify(fixture.people, never()).find(any());
    }

    private static List<String> userKeys(MemberPage page) {
        return page.members().stream().map(member -> member.membership().userKey()).toList();
    }

    private static String decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}

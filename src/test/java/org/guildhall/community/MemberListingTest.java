package org.guildhall.community;

import org.guildhall.platform.People.Person;
import org.junit.Before;
import org.junit.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * How a name search uses Guildhall's index of name words: the search text's words, keyset paging by user key, and
 * never Confluence's user directory.
 */
public class MemberListingTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final MemberListing listing = new MemberListing(fixture.policy, fixture.membershipDao, fixture.people,
            fixture.nameTokens);
    private Community club;

    @Before
    public void aClub() {
        club = fixture.community("CLUB", Visibility.OPEN);
        fixture.loggedInAs("key-reader");
    }

    @Test
    public void search_asksTheNameIndexForEachWord_andPagesByUserKey() {
        when(fixture.nameTokens.findUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(),
                List.of("alex", "ko"), Optional.empty(), 3)).thenReturn(List.of("key-1", "key-2", "key-3"));
        when(fixture.membershipDao.findByUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(),
                List.of("key-1", "key-2"))).thenReturn(Map.of("key-1", member("key-1"), "key-2", member("key-2")));

        MemberPage page = listing.members("CLUB", null, "Alex  Ko", null, 2);

        assertThat(userKeys(page), contains("key-1", "key-2"));
        assertThat(decode(page.nextCursor().orElseThrow()), is("key-2"));
        verify(fixture.people, never()).search(anyString(), anyInt(), anyInt());
    }

    @Test
    public void search_continuesAfterTheCursorsUserKey_andEndsWithoutCursorOnTheLastPage() {
        when(fixture.nameTokens.findUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(), List.of("alex"),
                Optional.of("key-2"), 3)).thenReturn(List.of("key-3"));
        when(fixture.membershipDao.findByUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(),
                List.of("key-3"))).thenReturn(Map.of("key-3", member("key-3")));

        MemberPage page = listing.members("CLUB", null, "alex", MemberListing.toCursor("key-2"), 2);

        assertThat(userKeys(page), contains("key-3"));
        assertThat(page.nextCursor(), is(Optional.empty()));
    }

    @Test
    public void search_usesOnlyTheFirstWordsOfALongText() {
        listing.members("CLUB", null, "a b c d e", null, 2);

        verify(fixture.nameTokens).findUserKeys(club.id(), MembershipState.MEMBER, Optional.empty(),
                List.of("a", "b", "c"), Optional.empty(), 3);
    }

    @Test
    public void search_forATextWithoutLettersOrDigits_findsNobody_withoutAQuery() {
        MemberPage page = listing.members("CLUB", null, "--", null, 2);

        assertThat(page.members(), is(empty()));
        verifyNoInteractions(fixture.nameTokens);
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
        verify(fixture.membershipDao, never()).findByUserKeys(anyLong(), any(), any(), any());
    }

    @Test
    public void nameWords_areTheLowerCasedLettersAndDigitsOfDisplayNameAndUsername() {
        assertThat(MemberNames.tokens("Zoë O'Brien-Smith", "zoe.obrien2"),
                contains("zoë", "o", "brien", "smith", "zoe", "obrien2"));
    }

    private Membership member(String userKey) {
        return new Membership(1, club.id(), userKey, MembershipRole.MEMBER, MembershipState.MEMBER, userKey, "",
                MembershipFixture.NOW, MembershipFixture.NOW);
    }

    private static List<String> userKeys(MemberPage page) {
        return page.members().stream().map(member -> member.membership().userKey()).toList();
    }

    private static String decode(String cursor) {
        return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    }
}

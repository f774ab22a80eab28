package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.People;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.guildhall.workbench.jdbc.StatementCountingDriver;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The member list and its name search (through Guildhall's index of name words, never Confluence's user directory)
 * cost the same number of SQL statements (counted at the JDBC driver, on every database) and the same
 * number of calls to Confluence's user services whatever the page size and however many members a community has.
 */
public class MemberListingStatementsTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final CountingPeople people = new CountingPeople();
    private EntityManagerActiveObjects countedAo;
    private MembershipDao setupMemberships;
    private MemberNameTokenDao setupTokens;
    private CommunityDao setupCommunities;
    private MemberListing listing;

    @Before
    public void listingOnACountedConnectionPool() throws SQLException {
        StatementCountingDriver.install(database.url());
        // A pool of its own, opened after the driver was wrapped, so that every statement of the listing is counted.
        countedAo = new EntityManagerActiveObjects(database.entityManager());
        setupMemberships = new MembershipDao(ao);
        setupTokens = new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        setupCommunities = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(org.mockito.ArgumentMatchers.anyString())).thenReturn(true);
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenReturn(Optional.of("key-reader"));
        MembershipDao countedMemberships = new MembershipDao(countedAo);
        CommunityDao countedCommunities = new CommunityDao(countedAo, new EntityManagerTransactionalExecutorFactory(countedAo));
        listing = new MemberListing(new MembershipPolicy(countedCommunities, countedMemberships, spacePermissions,
                currentUser), countedMemberships, people,
                new MemberNameTokenDao(countedAo, new EntityManagerTransactionalExecutorFactory(countedAo)));
    }

    @After
    public void closeCountedPool() throws SQLException {
        countedAo.entityManager().getProvider().dispose();
        StatementCountingDriver.uninstall(database.url());
    }

    @Test
    public void members_costTheSameStatementsAndOneNameLookupForAPageOf5AndOf100() {
        community("SMALL", 120);

        Cost smallPage = cost(() -> listing.members("SMALL", null, null, null, 5));
        Cost largePage = cost(() -> listing.members("SMALL", null, null, null, 100));

        assertThat(largePage, is(smallPage));
        assertThat(largePage.peopleCalls(), is(1L));
    }

    @Test
    public void members_costTheSameStatementsFor10MembersAndFor150() {
        community("FEW", 10);
        community("MANY", 150);

        assertThat(cost(() -> listing.members("MANY", null, null, null, 25)),
                is(cost(() -> listing.members("FEW", null, null, null, 25))));
    }

    @Test
    public void search_costsTheSameStatementsWhetherItFinds3MembersOr100() {
        community("FEW", 3);
        community("MANY", 100);

        Cost fewFound = cost(() -> listing.members("FEW", null, "person", null, 100));
        Cost manyFound = cost(() -> listing.members("MANY", null, "person", null, 100));

        assertThat(manyFound, is(fewFound));
        assertThat(manyFound.peopleCalls(), is(1L));
    }

    @Test
    public void search_ofThreeWords_costsTheSameStatementsAsOfOne() {
        community("CLUB", 30);

        assertThat(cost(() -> listing.members("CLUB", null, "person 1 user", null, 25)),
                is(cost(() -> listing.members("CLUB", null, "person", null, 25))));
    }

    @Test
    public void search_matchesTheBeginningsOfNameWords_notTextInsideThem() {
        community("CLUB", 3);

        assertThat(usernames(listing.members("CLUB", null, "PERS", null, 10)),
                is(List.of("user-001", "user-002", "user-003")));
        assertThat(usernames(listing.members("CLUB", null, "user-00", null, 10)),
                is(List.of("user-001", "user-002", "user-003")));
        assertThat(usernames(listing.members("CLUB", null, "002", null, 10)), is(List.of("user-002")));
        assertThat(listing.members("CLUB", null, "erson", null, 10).members(), is(List.of()));
    }

    @Test
    public void search_withTheRoleFilter_findsOnlyMembersWithThatRole() {
        Community club = community("CLUB", 3);
        setupMemberships.update(setupMemberships.find(club.id(), "key-CLUB-2").orElseThrow().id(),
                MembershipRole.MODERATOR, MembershipState.MEMBER, "key-CLUB-2", "", NOW);

        assertThat(usernames(listing.members("CLUB", "moderator", "person", null, 10)), is(List.of("user-002")));
    }

    @Test
    public void search_findsOnlyMembersWhoseNameWordsBeginWithTheSearchWords_byUserKey_acrossPages() {
        community("CLUB", 12);
        people.add("key-outsider", "outsider", "Person Outside");

        MemberPage first = listing.members("CLUB", null, "person 1", null, 2);
        MemberPage second = listing.members("CLUB", null, "person 1", first.nextCursor().orElseThrow(), 2);

        assertThat(usernames(first), is(List.of("user-001", "user-010")));
        assertThat(usernames(second), is(List.of("user-011", "user-012")));
        assertThat(second.nextCursor(), is(Optional.empty()));
    }

    private static List<String> usernames(MemberPage page) {
        return page.members().stream().map(member -> member.person().orElseThrow().username()).toList();
    }

    /** A community in that space with that many members, people named {@code user-001} ("Person 1") and so on. */
    private Community community(String spaceKey, int members) {
        Community community = setupCommunities.save(spaceKey, new CommunitySettings(spaceKey, "", Visibility.OPEN), NOW);
        for (int number = 1; number <= members; number++) {
            String userKey = "key-" + spaceKey + "-" + number;
            people.add(userKey, String.format("user-%03d", number), "Person " + number);
            setupMemberships.insert(community.id(), userKey, MembershipRole.MEMBER, MembershipState.MEMBER, userKey,
                    "", NOW);
            setupTokens.replace(community.id(), userKey, MembershipState.MEMBER,
                    MemberNames.tokens("Person " + number, String.format("user-%03d", number)));
        }
        people.add("key-nobody-" + spaceKey, "nobody-" + spaceKey, "Person Without Membership");
        return community;
    }

    private Cost cost(java.util.function.Supplier<MemberPage> request) {
        long statements = StatementCountingDriver.statementsExecutedByRequests();
        long calls = people.calls;
        request.get();
        return new Cost(StatementCountingDriver.statementsExecutedByRequests() - statements, people.calls - calls);
    }

    record Cost(long statements, long peopleCalls) {
    }

    /** Confluence's users in memory, counting the calls the listing makes. */
    private static final class CountingPeople implements People {

        private final List<Person> everyone = new ArrayList<>();
        long calls;

        void add(String userKey, String username, String displayName) {
            everyone.add(new Person(userKey, username, displayName));
        }

        @Override
        public Optional<Person> find(String userKey) {
            calls++;
            return everyone.stream().filter(person -> person.userKey().equals(userKey)).findFirst();
        }

        @Override
        public Optional<Person> findByUsername(String username) {
            calls++;
            return everyone.stream().filter(person -> person.username().equals(username)).findFirst();
        }

        @Override
        public Map<String, Person> findAll(Collection<String> userKeys) {
            calls++;
            return everyone.stream().filter(person -> userKeys.contains(person.userKey()))
                    .collect(Collectors.toMap(Person::userKey, Function.identity(), (first, second) -> first));
        }

        @Override
        public List<Optional<Person>> search(String text, int startIndex, int maxResults) {
            throw new AssertionError("the member search must not read Confluence's user directory");
        }
    }
}

package org.guildhall.community;

import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.CommunityEntity;
import org.guildhall.community.ao.CommunityTopicEntity;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** The directory over a real database, with Confluence's permission answers played by a predicate. */
public class CommunityDirectoryTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private Predicate<String> viewable = spaceKey -> true;
    private CommunityDao dao;
    private CommunityDirectory directory;


    @Before
    public void createDirectory() {
        dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        directory = new CommunityDirectory(dao, new SpacePermissions() {
            @Override
            public boolean canView(String spaceKey) {
                return viewable.test(spaceKey);
            }

            @Override
            public boolean canAdminister(String spaceKey) {
                return false;
            }
        });
    }

    @Test
    public void visibleCommunities_showsOnlyCommunitiesWhoseSpaceTheReaderMayView() {
        insert("ALPHA", "BETA", "GAMMA");
        viewable = Set.of("ALPHA", "GAMMA")::contains;

        DirectoryPage page = directory.visibleCommunities(null, 10);

        assertThat(keys(page), contains("ALPHA", "GAMMA"));
        assertThat(page.nextCursor().isPresent(), is(false));
    }

    @Test
    public void visibleCommunities_pagesWithACursorWithoutRepeatsOrGaps() {
        insert("A", "B", "C", "D", "E");

        DirectoryPage first = directory.visibleCommunities(null, 2);
        DirectoryPage second = directory.visibleCommunities(first.nextCursor().orElseThrow(), 2);
        DirectoryPage third = directory.visibleCommunities(second.nextCursor().orElseThrow(), 2);

        assertThat(keys(first), contains("A", "B"));
        assertThat(keys(second), contains("C", "D"));
        assertThat(keys(third), contains("E"));
        assertThat(third.nextCursor().isPresent(), is(false));
    }

    @Test
    public void visibleCommunities_offersNoNextPageWhenTheLastPageIsExactlyFull() {
        insert("A", "B");

        DirectoryPage page = directory.visibleCommunities(null, 2);

        assertThat(keys(page), contains("A", "B"));
        assertThat(page.nextCursor().isPresent(), is(false));
    }

    @Test
    public void visibleCommunities_fillsThePageFromBeyondLongRunsOfHiddenCommunities() {
        List<String> keys = new ArrayList<>();
        IntStream.range(0, 450).forEach(i -> keys.add(String.format("H%03d", i)));
        keys.add("V1");
        keys.add("V2");
        insert(keys.toArray(String[]::new));
        viewable = key -> key.startsWith("V");

        DirectoryPage page = directory.visibleCommunities(null, 5);

        assertThat(keys(page), contains("V1", "V2"));
        assertThat(page.nextCursor().isPresent(), is(false));
    }

    @Test
    public void visibleCommunities_isEmptyForAReaderWhoMaySeeNothing() {
        insert("A", "B");
        viewable = key -> false;

        assertThat(directory.visibleCommunities(null, 10).communities(), is(empty()));
    }

    @Test
    public void visibleCommunities_rejectsALimitOutsideOneToOneHundredNamingTheField() {
        GuildhallException tooMany = assertThrows(GuildhallException.InvalidInput.class,
                () -> directory.visibleCommunities(null, 101));
        GuildhallException none = assertThrows(GuildhallException.InvalidInput.class,
                () -> directory.visibleCommunities(null, 0));

        assertThat(tooMany.fieldErrorKeys(), hasKey("limit"));
        assertThat(none.fieldErrorKeys(), hasKey("limit"));
    }

    @Test
    public void visibleCommunities_rejectsACursorItDidNotMakeNamingTheField() {
        GuildhallException invalid = assertThrows(GuildhallException.InvalidInput.class,
                () -> directory.visibleCommunities("not-a-cursor", 10));

        assertThat(invalid.fieldErrorKeys(), hasKey("cursor"));
    }

    @Test
    public void visibleCommunity_isNotFoundForAReaderWhoMayNotViewTheSpace() {
        insert("SECRET");
        viewable = key -> false;

        assertThrows(GuildhallException.NotFound.class, () -> directory.visibleCommunity("SECRET"));
    }

    @Test
    public void visibleCommunity_isNotFoundOnceTheCommunityIsTurnedOff() {
        insert("OLD");
        dao.disable("OLD", NOW);

        assertThrows(GuildhallException.NotFound.class, () -> directory.visibleCommunity("OLD"));
    }

    @Test
    public void visibleCommunity_returnsTheCommunityOfAViewableSpace() {
        insert("COFFEE");

        assertThat(directory.visibleCommunity("COFFEE").name(), is("Community COFFEE"));
    }

    @Test
    public void search_isStillFilteredByTheReadersPermissionToViewTheSpace() {
        dao.insertAll(List.of(
                community("OPEN", "Espresso friends", 0, 0, "espresso"),
                community("SECRET", "Espresso secrets", 0, 0, "espresso")));
        viewable = "OPEN"::equals;

        DirectorySearch search = DirectorySearch.parse("espresso", "espresso", "size");

        assertThat(keys(directory.visibleCommunities(search, null, 10)), contains("OPEN"));
    }

    @Test
    public void search_pagesInItsOwnOrderWithCursorsThatCarryTheOrder() {
        dao.insertAll(List.of(
                community("A", "Alpha", 5, 1), community("B", "Beta", 9, 3), community("C", "Gamma", 5, 2),
                community("D", "Delta", 1, 9)));
        DirectorySearch bySize = DirectorySearch.parse(null, null, "size");
        DirectorySearch byActivity = DirectorySearch.parse(null, null, "activity");

        DirectoryPage firstBySize = directory.visibleCommunities(bySize, null, 2);
        DirectoryPage secondBySize = directory.visibleCommunities(bySize, firstBySize.nextCursor().orElseThrow(), 2);
        DirectoryPage firstByActivity = directory.visibleCommunities(byActivity, null, 3);

        assertThat(keys(firstBySize), contains("B", "A"));
        assertThat(keys(secondBySize), contains("C", "D"));
        assertThat(keys(firstByActivity), contains("D", "B", "C"));
    }

    @Test
    public void search_refusesACursorMadeForAnotherSortOrSearchNamingTheCursor() {
        insert("A", "B", "C");
        String byName = directory.visibleCommunities(DirectorySearch.ALL, null, 1).nextCursor().orElseThrow();

        GuildhallException otherSort = assertThrows(GuildhallException.InvalidInput.class,
                () -> directory.visibleCommunities(DirectorySearch.parse(null, null, "activity"), byName, 1));
        GuildhallException otherQuery = assertThrows(GuildhallException.InvalidInput.class,
                () -> directory.visibleCommunities(DirectorySearch.parse("community", null, null), byName, 1));

        assertThat(otherSort.fieldErrorKeys(), hasEntry("cursor", "guildhall.error.cursor.other-search"));
        assertThat(otherQuery.fieldErrorKeys(), hasEntry("cursor", "guildhall.error.cursor.other-search"));
    }

    private static Community community(String key, String name, int members, int activeDaysAfterCreation,
                                       String... topics) {
        return new Community(0, key, name, "", Visibility.OPEN, members, true, NOW, NOW, List.of(topics),
                NOW.plus(activeDaysAfterCreation, java.time.temporal.ChronoUnit.DAYS));
    }

    private void insert(String... spaceKeys) {
        List<Community> rows = new ArrayList<>();
        for (String key : spaceKeys) {
            rows.add(new Community(0, key, "Community " + key, "", Visibility.OPEN, 0, true, NOW, NOW));
        }
        dao.insertAll(rows);
    }

    private static List<String> keys(DirectoryPage page) {
        return page.communities().stream().map(Community::spaceKey).toList();
    }
}

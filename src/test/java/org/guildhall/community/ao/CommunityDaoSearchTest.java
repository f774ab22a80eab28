package org.guildhall.community.ao;

import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.DirectorySearch;
import org.guildhall.community.DirectorySort;
import org.guildhall.community.Visibility;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** Directory search, topic filter and the three keyset orders, on every database. */
public class CommunityDaoSearchTest extends ActiveObjectsTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    private CommunityDao dao;


    @Before
    public void createDao() {
        dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void search_matchesNameOrDescriptionIgnoringCase() {
        dao.insertAll(List.of(
                community("NAME", "Espresso Lovers", "Shots"),
                community("DESC", "Morning people", "We talk about ESPRESSO machines"),
                community("NONE", "Tea", "Leaves")));

        assertThat(keys(search("espresso", null, DirectorySort.NAME)), containsInAnyOrder("NAME", "DESC"));
        assertThat(keys(search("MORNING", null, DirectorySort.NAME)), contains("DESC"));
    }

    @Test
    public void search_takesPercentUnderscoreQuotesAndBangLiterally() {
        dao.insertAll(List.of(
                community("PCT", "100% arabica", ""),
                community("NOPCT", "100 arabica", ""),
                community("UNDER", "snake_case club", ""),
                community("NOUNDER", "snakeXcase club", ""),
                community("QUOTE", "O'Brien's \"quiet\" corner", ""),
                community("BANG", "Wow! Coffee", ""),
                community("BACK", "C:\\beans", "")));

        assertThat(keys(search("100%", null, DirectorySort.NAME)), contains("PCT"));
        assertThat(keys(search("%", null, DirectorySort.NAME)), contains("PCT"));
        assertThat(keys(search("e_c", null, DirectorySort.NAME)), contains("UNDER"));
        assertThat(keys(search("o'brien's \"quiet\"", null, DirectorySort.NAME)), contains("QUOTE"));
        assertThat(keys(search("wow!", null, DirectorySort.NAME)), contains("BANG"));
        assertThat(keys(search("!", null, DirectorySort.NAME)), contains("BANG"));
        assertThat(keys(search("c:\\b", null, DirectorySort.NAME)), contains("BACK"));
    }

    @Test
    public void search_matchesUnicodeCaseInsensitively() {
        dao.insertAll(List.of(community("KAFFEE", "Kaffeerösterei ÜBERALL", "")));

        assertThat(keys(search("überall", null, DirectorySort.NAME)), contains("KAFFEE"));
    }

    @Test
    public void search_findsCommunitiesByTheirSettingsAfterTheyWereSaved() {
        dao.save("COFFEE", new CommunitySettings("Coffee", "Beans and GRINDERS", Visibility.OPEN), CREATED);
        dao.save("COFFEE", new CommunitySettings("Coffee", "Now about kettles", Visibility.OPEN), CREATED);

        assertThat(keys(search("grinders", null, DirectorySort.NAME)), is(empty()));
        assertThat(keys(search("kettles", null, DirectorySort.NAME)), contains("COFFEE"));
    }

    @Test
    public void topic_filtersToCommunitiesCoveringIt() {
        dao.insertAll(List.of(
                community("A", "Alpha", "", "espresso", "latte"),
                community("B", "Beta", "", "latte"),
                community("C", "Gamma", "", "espresso")));

        assertThat(keys(search("", "espresso", DirectorySort.NAME)), contains("A", "C"));
        assertThat(keys(search("", "tea", DirectorySort.NAME)), is(empty()));
        assertThat(keys(search("gamma", "espresso", DirectorySort.NAME)), contains("C"));
    }

    @Test
    public void topic_leavesOutCommunitiesThatWereTurnedOff() {
        dao.insertAll(List.of(community("ON", "On", "", "espresso"), disabled(community("OFF", "Off", "", "espresso"))));

        assertThat(keys(search("", "espresso", DirectorySort.NAME)), contains("ON"));
    }

    @Test
    public void save_replacesTopicsWhenGivenAndKeepsThemWhenNot() {
        dao.save("COFFEE", settings(Optional.of(List.of("espresso", "latte"))), CREATED);
        Community kept = dao.save("COFFEE", settings(Optional.empty()), CREATED);
        assertThat(kept.topics(), contains("espresso", "latte"));

        Community replaced = dao.save("COFFEE", settings(Optional.of(List.of("latte", "cold-brew"))), CREATED);
        assertThat(replaced.topics(), containsInAnyOrder("latte", "cold-brew"));
        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().topics(), containsInAnyOrder("latte", "cold-brew"));
        assertThat(keys(search("", "espresso", DirectorySort.NAME)), is(empty()));

        Community cleared = dao.save("COFFEE", settings(Optional.of(List.of())), CREATED);
        assertThat(cleared.topics(), is(empty()));
        assertThat(ao.count(CommunityTopicEntity.class), is(0));
    }

    @Test
    public void topicsAreUniquePerCommunityInTheDatabaseItself() {
        Community coffee = dao.save("COFFEE", settings(Optional.of(List.of("espresso"))), CREATED);

        assertThrows(RuntimeException.class, () -> ao.create(CommunityTopicEntity.class, java.util.Map.of(
                CommunityTopicEntity.COMMUNITY_ID, (int) coffee.id(),
                CommunityTopicEntity.TOPIC, "espresso",
                CommunityTopicEntity.COMMUNITY_AND_TOPIC, coffee.id() + ":espresso")));
    }

    @Test
    public void newCommunitiesWereLastActiveWhenCreated() {
        Community created = dao.save("COFFEE", settings(Optional.empty()), CREATED);

        assertThat(created.lastActivityAt(), is(CREATED));
        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(), is(CREATED));
    }

    @Test
    public void recordActivity_movesLastActivityForwardOnly() {
        dao.save("COFFEE", settings(Optional.empty()), CREATED);

        dao.recordActivity("COFFEE", CREATED.plus(2, ChronoUnit.DAYS));
        dao.recordActivity("COFFEE", CREATED.plus(1, ChronoUnit.DAYS));

        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(), is(CREATED.plus(2, ChronoUnit.DAYS)));
    }

    @Test
    public void recordActivity_touchesOnlyThatCommunity_andIgnoresAnUnknownSpace() {
        dao.save("COFFEE", settings(Optional.empty()), CREATED);
        dao.save("TEA", settings(Optional.empty()), CREATED);

        dao.recordActivity("COFFEE", CREATED.plus(1, ChronoUnit.HOURS));
        dao.recordActivity("NOSUCH", CREATED.plus(2, ChronoUnit.HOURS));

        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(), is(CREATED.plus(1, ChronoUnit.HOURS)));
        assertThat(dao.findBySpaceKey("TEA").orElseThrow().lastActivityAt(), is(CREATED));
        assertThat(dao.findBySpaceKey("NOSUCH"), is(Optional.empty()));
    }

    @Test
    public void recordActivity_isPartOfTheCallersTransaction_andRollsBackWithIt() {
        dao.save("COFFEE", settings(Optional.empty()), CREATED);

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            dao.recordActivity("COFFEE", CREATED.plus(1, ChronoUnit.DAYS));
            throw new IllegalStateException("the caller fails after recording");
        }));

        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(), is(CREATED));
    }

    /**
     * Eight threads record activity at once, each its own times in a shuffled order: the newest time wins on every
     * database, which a read, compare and save would not guarantee.
     */
    @Test
    public void recordActivity_concurrentRecordersNeverMoveItBack() throws Exception {
        dao.save("COFFEE", settings(Optional.empty()), CREATED);
        int threads = 8;
        int timesEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            List<Integer> minutes = new ArrayList<>();
            for (int time = 0; time < timesEach; time++) {
                minutes.add(time * threads + thread + 1);
            }
            Collections.shuffle(minutes, new Random(thread));
            done.add(pool.submit(() -> {
                start.await();
                for (int minute : minutes) {
                    dao.recordActivity("COFFEE", CREATED.plus(minute, ChronoUnit.MINUTES));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(),
                is(CREATED.plus((long) threads * timesEach, ChronoUnit.MINUTES)));
    }

    @Test
    public void sizeSort_putsTheMostMembersFirstThenNameThenId() {
        dao.insertAll(List.of(
                withMembers(community("SMALL", "Aardvarks", ""), 1),
                withMembers(community("BIG", "Zebras", ""), 50),
                withMembers(community("MID2", "Bees", ""), 10),
                withMembers(community("MID1", "Ants", ""), 10)));

        assertThat(keys(search("", null, DirectorySort.SIZE)), contains("BIG", "MID1", "MID2", "SMALL"));
    }

    @Test
    public void activitySort_putsTheMostRecentlyActiveFirst() {
        dao.insertAll(List.of(
                activeAt(community("OLD", "Old", ""), 1),
                activeAt(community("NEW", "New", ""), 30),
                activeAt(community("MID", "Mid", ""), 10)));

        assertThat(keys(search("", null, DirectorySort.ACTIVITY)), contains("NEW", "MID", "OLD"));
    }

    @Test
    public void everySort_pagesThroughEveryCommunityOnceEvenWithTies() {
        List<Community> rows = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // Few distinct names, member counts and times: long runs of ties in every order.
            Community row = community(String.format("S%02d", i), "Name " + (i % 3), "", i % 2 == 0 ? "espresso" : "tea");
            rows.add(activeAt(withMembers(row, i % 4), i % 5));
        }
        dao.insertAll(rows);

        for (DirectorySort sort : DirectorySort.values()) {
            for (String topic : new String[]{null, "espresso"}) {
                DirectorySearch search = search("name", topic, sort).search;
                List<String> all = keys(dao.findEnabled(search, Optional.empty(), 100));
                List<String> paged = new ArrayList<>();
                Optional<DirectoryPosition> position = Optional.empty();
                while (true) {
                    List<Community> page = dao.findEnabled(search, position, 4);
                    paged.addAll(keys(page));
                    if (page.size() < 4) {
                        break;
                    }
                    position = Optional.of(DirectoryPosition.of(page.get(page.size() - 1)));
                }
                assertThat(sort + " " + topic, paged, is(all));
                assertThat(sort + " " + topic, all.size(), is(topic == null ? 23 : 12));
            }
        }
    }

    @Test
    public void pagesCarryTheirCommunitiesTopics() {
        dao.insertAll(List.of(community("A", "Alpha", "", "espresso", "latte"), community("B", "Beta", "")));

        List<Community> page = dao.findEnabled(DirectorySearch.ALL, Optional.empty(), 10);

        assertThat(page.get(0).topics(), contains("espresso", "latte"));
        assertThat(page.get(1).topics(), is(empty()));
    }

    private Results search(String text, String topic, DirectorySort sort) {
        DirectorySearch search = new DirectorySearch(text.toLowerCase(java.util.Locale.ROOT), Optional.ofNullable(topic), sort);
        return new Results(search, dao.findEnabled(search, Optional.empty(), 100));
    }

    /** A search and what it found. */
    private record Results(DirectorySearch search, List<Community> found) {
    }

    private static CommunitySettings settings(Optional<List<String>> topics) {
        return new CommunitySettings("Coffee", "", Visibility.OPEN, topics);
    }

    private static Community community(String spaceKey, String name, String description, String... topics) {
        return new Community(0, spaceKey, name, description, Visibility.OPEN, 0, true, CREATED, CREATED,
                List.of(topics), CREATED);
    }

    private static Community disabled(Community c) {
        return new Community(0, c.spaceKey(), c.name(), c.description(), c.visibility(), c.memberCount(), false,
                c.createdAt(), c.updatedAt(), c.topics(), c.lastActivityAt());
    }

    private static Community withMembers(Community c, int members) {
        return new Community(0, c.spaceKey(), c.name(), c.description(), c.visibility(), members, c.enabled(),
                c.createdAt(), c.updatedAt(), c.topics(), c.lastActivityAt());
    }

    private static Community activeAt(Community c, int daysAfterCreation) {
        return new Community(0, c.spaceKey(), c.name(), c.description(), c.visibility(), c.memberCount(), c.enabled(),
                c.createdAt(), c.updatedAt(), c.topics(), c.createdAt().plus(daysAfterCreation, ChronoUnit.DAYS));
    }

    private static List<String> keys(Results results) {
        return keys(results.found());
    }

    private static List<String> keys(List<Community> communities) {
        return communities.stream().map(Community::spaceKey).toList();
    }
}

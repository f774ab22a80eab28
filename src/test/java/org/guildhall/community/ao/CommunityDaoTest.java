package org.guildhall.community.ao;

import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.Visibility;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class CommunityDaoTest extends ActiveObjectsTest {

    private static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T08:30:00Z");

    private CommunityDao dao;


    @Before
    public void createDao() {
        dao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void save_turnsASpaceIntoAnEnabledCommunityWithoutMembers() {
        Community saved = dao.save("COFFEE", new CommunitySettings("Coffee lovers", "Beans and brews", Visibility.OPEN), CREATED);

        Community found = dao.findBySpaceKey("COFFEE").orElseThrow();
        assertThat(found, is(saved));
        assertThat(found.name(), is("Coffee lovers"));
        assertThat(found.description(), is("Beans and brews"));
        assertThat(found.visibility(), is(Visibility.OPEN));
        assertThat(found.memberCount(), is(0));
        assertThat(found.enabled(), is(true));
        assertThat(found.createdAt(), is(CREATED));
    }

    @Test
    public void save_updatesSettingsOfAnExistingCommunityAndKeepsItsCreationTimeAndMembers() {
        dao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), CREATED);
        setMemberCount("COFFEE", 42);

        Community updated = dao.save("COFFEE", new CommunitySettings("Coffee lovers", "New text", Visibility.REQUEST), LATER);

        assertThat(updated.name(), is("Coffee lovers"));
        assertThat(updated.description(), is("New text"));
        assertThat(updated.visibility(), is(Visibility.REQUEST));
        assertThat(updated.createdAt(), is(CREATED));
        assertThat(updated.updatedAt(), is(LATER));
        assertThat(updated.memberCount(), is(42));
        assertThat(ao.count(CommunityEntity.class), is(1));
    }

    @Test
    public void save_keepsAnEmptyDescriptionAsEmpty() {
        dao.save("AI", new CommunitySettings("Artificial intelligence", "", Visibility.OPEN), CREATED);

        assertThat(dao.findBySpaceKey("AI").orElseThrow().description(), is(""));
    }

    @Test
    public void save_storesLongDescriptionsAndUnicodeWithoutLoss() {
        String description = "Ünïcødé ☕ ".repeat(900);

        dao.save("COFFEE", new CommunitySettings("Kaffee & Tee", description, Visibility.OPEN), CREATED);

        Community found = dao.findBySpaceKey("COFFEE").orElseThrow();
        assertThat(found.description(), is(description));
        assertThat(found.name(), is("Kaffee & Tee"));
    }

    @Test
    public void spaceKeysAreUniqueInTheDatabaseItself() {
        dao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN), CREATED);

        assertThrows(RuntimeException.class, () -> dao.insertAll(List.of(community("COFFEE", "Second coffee", true))));
        assertThat(ao.count(CommunityEntity.class), is(1));
    }

    @Test
    public void findBySpaceKey_isEmptyForASpaceThatIsNoCommunity() {
        assertThat(dao.findBySpaceKey("NOPE"), is(Optional.empty()));
    }

    @Test
    public void findEnabledAfter_ordersByNameIgnoringCaseThenByCreationOrder() {
        dao.insertAll(List.of(
                community("B1", "banana", true),
                community("A1", "Apple", true),
                community("C1", "cherry", true),
                community("A2", "apple", true)));

        List<Community> page = dao.findEnabledAfter(Optional.empty(), 10);

        assertThat(keys(page), contains("A1", "A2", "B1", "C1"));
    }

    @Test
    public void findEnabledAfter_pagesThroughEveryCommunityOnceEvenWhenNamesRepeat() {
        List<Community> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(community("S" + i, i % 3 == 0 ? "Same name" : "Name " + (char) ('a' + i), true));
        }
        dao.insertAll(rows);

        List<String> seen = new ArrayList<>();
        Optional<DirectoryPosition> position = Optional.empty();
        while (true) {
            List<Community> page = dao.findEnabledAfter(position, 3);
            seen.addAll(keys(page));
            if (page.size() < 3) {
                break;
            }
            position = Optional.of(DirectoryPosition.of(page.get(page.size() - 1)));
        }

        assertThat(seen, is(keys(dao.findEnabledAfter(Optional.empty(), 100))));
        assertThat(seen.size(), is(11));
        assertThat(seen.stream().distinct().count(), is(11L));
    }

    @Test
    public void findEnabledAfter_leavesOutCommunitiesThatWereTurnedOff() {
        dao.insertAll(List.of(community("ON", "Enabled", true), community("OFF", "Disabled", false)));

        assertThat(keys(dao.findEnabledAfter(Optional.empty(), 10)), contains("ON"));
        assertThat(dao.countEnabled(), is(1));
    }

    @Test
    public void disable_hidesTheCommunityButKeepsItsData_andSavingTurnsItOnAgain() {
        dao.save("COFFEE", new CommunitySettings("Coffee", "Beans", Visibility.OPEN), CREATED);
        setMemberCount("COFFEE", 7);

        assertThat(dao.disable("COFFEE", LATER), is(true));
        assertThat(dao.findEnabledAfter(Optional.empty(), 10), is(empty()));
        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().enabled(), is(false));

        Community again = dao.save("COFFEE", new CommunitySettings("Coffee", "Beans", Visibility.OPEN), LATER);
        assertThat(again.enabled(), is(true));
        assertThat(again.memberCount(), is(7));
    }

    @Test
    public void enabledSnapshot_isReadOnceAndDroppedWhenACommunityIsSavedDisabledOrBulkInserted() {
        CommunityDao cached = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao),
                new org.guildhall.testing.MapCacheManager());
        cached.save("COFFEE", new CommunitySettings("Coffee", "Beans", Visibility.OPEN,
                Optional.of(List.of("espresso"))), CREATED);
        List<Community> first = cached.enabledSnapshot();

        assertThat(cached.enabledSnapshot(), org.hamcrest.Matchers.sameInstance(first));
        assertThat(first.get(0).topics(), contains("espresso"));

        cached.save("COFFEE", new CommunitySettings("Coffee", "Beans", Visibility.PRIVATE,
                Optional.of(List.of("milk"))), LATER);
        assertThat(cached.enabledSnapshot().get(0).visibility(), is(Visibility.PRIVATE));
        assertThat(cached.enabledSnapshot().get(0).topics(), contains("milk"));

        cached.insertAll(List.of(community("TEA", "Tea", true)));
        assertThat(keys(cached.enabledSnapshot()), contains("COFFEE", "TEA"));

        cached.disable("COFFEE", LATER);
        assertThat(keys(cached.enabledSnapshot()), contains("TEA"));
    }

    @Test
    public void disable_reportsWhenThereWasNothingToTurnOff() {
        assertThat(dao.disable("NOPE", LATER), is(false));
    }

    private void setMemberCount(String spaceKey, int members) {
        CommunityEntity entity = ao.find(CommunityEntity.class, CommunityEntity.SPACE_KEY + " = ?", spaceKey)[0];
        entity.setMemberCount(members);
        entity.save();
    }

    private static Community community(String spaceKey, String name, boolean enabled) {
        Instant now = CREATED.plus(spaceKey.hashCode() & 0xff, ChronoUnit.MINUTES);
        return new Community(0, spaceKey, name, "About " + name, Visibility.OPEN, 0, enabled, now, now);
    }

    private static List<String> keys(List<Community> communities) {
        return communities.stream().map(Community::spaceKey).toList();
    }

}

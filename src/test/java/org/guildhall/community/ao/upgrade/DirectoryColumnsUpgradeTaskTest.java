package org.guildhall.community.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.guildhall.community.Community;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.DirectorySearch;
import org.guildhall.community.DirectorySort;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

public class DirectoryColumnsUpgradeTaskTest extends ActiveObjectsUpgradeTest {

    private static final Instant OLDER = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant NEWER = Instant.parse("2025-06-01T09:00:00Z");

    @Test
    public void upgrade_makesCommunitiesOfThePreviousSchemaFindableBySearchText() {
        givenPreviousSchemaWith("COFFEE", "Coffee Lovers", "Beans AND brews", OLDER);
        givenPreviousSchemaWith("TEA", "Tea", null, NEWER);

        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        CommunityDao dao = dao();
        assertThat(spaceKeys(dao.findEnabled(search("brews", DirectorySort.NAME), Optional.empty(), 10)),
                contains("COFFEE"));
        assertThat(spaceKeys(dao.findEnabled(search("tea", DirectorySort.NAME), Optional.empty(), 10)),
                contains("TEA"));
    }

    @Test
    public void upgrade_givesCommunitiesOfThePreviousSchemaTheirCreationAsLastActivity_soActivityPagingReachesAll() {
        givenPreviousSchemaWith("COFFEE", "Coffee", "", OLDER);
        givenPreviousSchemaWith("TEA", "Tea", "", NEWER);
        givenPreviousSchemaWith("AI", "AI", "", NEWER.plusSeconds(60));

        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        CommunityDao dao = dao();
        List<String> paged = new ArrayList<>();
        Optional<DirectoryPosition> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<Community> found = dao.findEnabled(search("", DirectorySort.ACTIVITY), after, 1);
            if (found.isEmpty()) {
                break;
            }
            paged.add(found.get(0).spaceKey());
            after = Optional.of(DirectoryPosition.of(found.get(0)));
        }
        assertThat(paged, contains("AI", "TEA", "COFFEE"));
        assertThat(dao.findBySpaceKey("COFFEE").orElseThrow().lastActivityAt(), is(OLDER));
    }

    @Test
    public void upgrade_runsEachTaskOnce_andASecondStartChangesNothing() {
        givenPreviousSchemaWith("COFFEE", "Coffee", "", OLDER);
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();
        CommunityDirectoryColumns row = ao.find(CommunityDirectoryColumns.class)[0];
        row.setSearchText("changed since the upgrade");
        row.save();

        ModelVersion again = upgrade(descriptorUpgradeTasks());

        assertThat(again, is(latestVersion()));
        assertThat(ao.find(CommunityDirectoryColumns.class)[0].getSearchText(), is("changed since the upgrade"));
    }

    @Test
    public void task_runAgainDirectly_onlyFillsWhatIsStillMissing() {
        givenPreviousSchemaWith("COFFEE", "Coffee", "Beans", OLDER);
        DirectoryColumnsUpgradeTask task = new DirectoryColumnsUpgradeTask();
        task.upgrade(ModelVersion.valueOf(null), ao);
        // an older node, still running, adds a community without the new columns
        givenPreviousSchemaWith("TEA", "Tea", "Leaves", NEWER);

        task.upgrade(ModelVersion.valueOf("1"), ao);

        assertThat(ao.count(CommunityDirectoryColumns.class, "SEARCH_TEXT IS NULL OR LAST_ACTIVITY_AT IS NULL"),
                is(0));
        assertThat(ao.count(CommunityDirectoryColumns.class), is(2));
    }

    @Test
    public void upgrade_onAnEmptyDatabase_leavesTheCurrentSchemaWorking() {
        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        CommunityDao dao = dao();
        assertThat(dao.findEnabled(search("", DirectorySort.NAME), Optional.empty(), 10), is(empty()));
        dao.save("NEW", new org.guildhall.community.CommunitySettings("New", "Fresh",
                org.guildhall.community.Visibility.OPEN), NEWER);
        assertThat(spaceKeys(dao.findEnabled(search("fresh", DirectorySort.NAME), Optional.empty(), 10)),
                containsInAnyOrder("NEW"));
    }

    private void givenPreviousSchemaWith(String spaceKey, String name, String description, Instant createdAt) {
        migrate(CommunityEntityBeforeVersion1.class);
        ao.create(CommunityEntityBeforeVersion1.class,
                new DBParam(CommunityEntityBeforeVersion1.SPACE_KEY, spaceKey),
                new DBParam(CommunityEntityBeforeVersion1.NAME, name),
                new DBParam(CommunityEntityBeforeVersion1.SORT_NAME, name.toLowerCase(java.util.Locale.ROOT)),
                new DBParam(CommunityEntityBeforeVersion1.DESCRIPTION, description),
                new DBParam(CommunityEntityBeforeVersion1.VISIBILITY, "OPEN"),
                new DBParam(CommunityEntityBeforeVersion1.ENABLED, Boolean.TRUE),
                new DBParam(CommunityEntityBeforeVersion1.CREATED_AT, Date.from(createdAt)),
                new DBParam(CommunityEntityBeforeVersion1.UPDATED_AT, Date.from(createdAt)));
    }

    private CommunityDao dao() {
        return new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    private static DirectorySearch search(String text, DirectorySort sort) {
        return new DirectorySearch(text, Optional.empty(), sort);
    }

    private static List<String> spaceKeys(List<Community> communities) {
        return communities.stream().map(Community::spaceKey).toList();
    }
}

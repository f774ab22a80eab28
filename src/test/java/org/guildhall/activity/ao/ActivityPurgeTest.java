package org.guildhall.activity.ao;

import net.java.ao.Query;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.guildhall.activity.ActivityFixture.START;
import static org.guildhall.activity.ActivityFixture.asked;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Retention on H2, PostgreSQL and MariaDB: old entries and their topics go in bounded batches, newer ones stay. */
public class ActivityPurgeTest extends ActiveObjectsTest {

    private ActivityDao dao;

    @Before
    public void dao() {
        dao = new ActivityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void purgeBatch_removesAtMostABatchOfTheOldestEntriesWithTheirTopics_andKeepsNewerOnes() {
        for (int i = 0; i < 7; i++) {
            dao.insert(asked(1, "key-ana", 100 + i, i, "espresso", "tea"));
        }
        long kept = dao.insert(asked(1, "key-ana", 200, 60, "espresso"));

        assertThat(dao.purgeBatch(START.plusSeconds(30), 5), is(5));
        assertThat(dao.purgeBatch(START.plusSeconds(30), 5), is(2));
        assertThat(dao.purgeBatch(START.plusSeconds(30), 5), is(0));

        assertThat(dao.count(), is(1));
        List<Integer> topicEntries = Arrays.stream(ao.find(ActivityTopicEntity.class, Query.select()))
                .map(ActivityTopicEntity::getActivityId).distinct().toList();
        assertThat(topicEntries, is(List.of((int) kept)));
    }

    @Test
    public void retentionDays_areEmptyUntilSaved_andSavingAgainReplacesThem() {
        assertThat(dao.retentionDays(), is(Optional.empty()));

        dao.saveRetentionDays(90);
        dao.saveRetentionDays(365);

        assertThat(dao.retentionDays(), is(Optional.of(365)));
    }
}

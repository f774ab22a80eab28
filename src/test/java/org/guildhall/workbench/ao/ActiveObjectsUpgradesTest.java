package org.guildhall.workbench.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

public class ActiveObjectsUpgradesTest extends ActiveObjectsUpgradeTest {

    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @Before
    public void createProbeTable() {
        migrate(UpgradeProbeEntity.class);
    }

    @Test
    public void run_runsTheTasksNewerThanTheStoredVersionInVersionOrder() {
        upgrade(List.of(task("1")));

        ModelVersion version = upgrade(List.of(task("3"), task("1"), task("2")));

        assertThat(version, is(ModelVersion.valueOf("3")));
        assertThat(ran, contains("1", "2", "3"));
        assertThat(upgrades().currentVersion(), is(ModelVersion.valueOf("3")));
    }

    @Test
    public void run_aFailingTaskLeavesNeitherItsRowsNorItsVersion_andTheNextStartResumesAtIt() {
        ActiveObjectsUpgradeTask failing = new ProbeTask("2") {
            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                super.upgrade(currentVersion, ao);
                throw new IllegalStateException("disk full");
            }
        };

        assertThrows(IllegalStateException.class, () -> upgrade(List.of(task("1"), failing, task("3"))));

        assertThat(upgrades().currentVersion(), is(ModelVersion.valueOf("1")));
        assertThat(writtenBy(), contains("1"));
        ran.clear();
        assertThat(upgrade(List.of(task("1"), task("2"), task("3"))), is(ModelVersion.valueOf("3")));
        assertThat(ran, contains("2", "3"));
        assertThat(writtenBy(), contains("1", "2", "3"));
    }

    @Test
    public void run_refusesTwoTasksWithOneModelVersion() {
        assertThrows(IllegalStateException.class, () -> upgrade(List.of(task("1"), task("1"))));

        assertThat(ran.isEmpty(), is(true));
    }

    @Test
    public void run_onTwoNodesStartingTogether_runsEachTaskOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ModelVersion>> results = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                results.add(nodes.submit(() -> {
                    start.await();
                    return upgrade(List.of(task("1"), task("2")));
                }));
            }
            start.countDown();
            for (Future<ModelVersion> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS), is(ModelVersion.valueOf("2")));
            }
        } finally {
            nodes.shutdownNow();
        }
        assertThat(ran, contains("1", "2"));
        assertThat(writtenBy(), contains("1", "2"));
    }

    private ActiveObjectsUpgrades upgrades() {
        return new ActiveObjectsUpgrades(ao, TABLE_PREFIX);
    }

    private ActiveObjectsUpgradeTask task(String version) {
        return new ProbeTask(version);
    }

    private List<String> writtenBy() {
        List<String> written = new ArrayList<>();
        for (UpgradeProbeEntity row : ao.find(UpgradeProbeEntity.class, net.java.ao.Query.select().order("ID ASC"))) {
            written.add(row.getWrittenBy());
        }
        return written;
    }

    /** Writes one probe row naming its version, and records that it ran. */
    private class ProbeTask implements ActiveObjectsUpgradeTask {

        private final String version;

        ProbeTask(String version) {
            this.version = version;
        }

        @Override
        public ModelVersion getModelVersion() {
            return ModelVersion.valueOf(version);
        }

        @Override
        public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
            ran.add(version);
            ao.create(UpgradeProbeEntity.class, new DBParam("WRITTEN_BY", version));
        }
    }
}

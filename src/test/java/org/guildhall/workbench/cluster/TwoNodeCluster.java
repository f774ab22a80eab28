package org.guildhall.workbench.cluster;

import org.junit.rules.ExternalResource;

import java.time.Duration;

/**
 * Two workbench nodes, "node-a" and "node-b", in one JVM on one {@link SharedDatabase}, with timings short enough
 * for tests: a 600 ms lock lease and 50 ms polls.
 */
final class TwoNodeCluster extends ExternalResource {

    static final Duration LOCK_LEASE = Duration.ofMillis(600);

    private final String databaseKind;
    private SharedDatabase database;
    private ClusterServices nodeA;
    private ClusterServices nodeB;

    TwoNodeCluster(String databaseKind) {
        this.databaseKind = databaseKind;
    }

    ClusterServices nodeA() {
        return nodeA;
    }

    ClusterServices nodeB() {
        return nodeB;
    }

    @Override
    protected void before() throws Throwable {
        database = SharedDatabase.open(databaseKind);
        ClusterTimings timings = new ClusterTimings(LOCK_LEASE, Duration.ofMillis(50), Duration.ofMillis(50));
        nodeA = new ClusterServices(database.dataSourceForNode(), "node-a", timings);
        nodeB = new ClusterServices(database.dataSourceForNode(), "node-b", timings);
    }

    @Override
    protected void after() {
        try {
            nodeA.close();
            nodeB.close();
            database.close();
        } catch (Exception e) {
            throw new IllegalStateException("The test cluster could not be shut down", e);
        }
    }
}

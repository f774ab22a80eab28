package org.guildhall.workbench.cluster;

import com.atlassian.beehive.ClusterLock;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

@RunWith(Parameterized.class)
public class DatabaseClusterLockServiceTest {

    private static final String LOCK = "org.guildhall.confluence.test-lock";

    @Rule
    public final TwoNodeCluster cluster;

    /** Node B's own thread: a cluster lock belongs to a thread, so B locks and unlocks on this one. */
    private final ExecutorService threadOnNodeB = Executors.newSingleThreadExecutor();

    public DatabaseClusterLockServiceTest(String databaseKind) {
        cluster = new TwoNodeCluster(databaseKind);
    }

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return SharedDatabase.kinds();
    }

    @After
    public void stopThreadOnNodeB() {
        threadOnNodeB.shutdownNow();
    }

    @Test
    public void lockHeldOnOneNodeBlocksTheOtherUntilReleased() throws Exception {
        ClusterLock lockOnA = cluster.nodeA().clusterLockService().getLockForName(LOCK);
        ClusterLock lockOnB = cluster.nodeB().clusterLockService().getLockForName(LOCK);
        lockOnA.lock();

        assertThat(onNodeB(lockOnB::tryLock), is(false));
        Future<?> waitingOnB = threadOnNodeB.submit(lockOnB::lock);
        Thread.sleep(300);
        assertThat("node B is still waiting", waitingOnB.isDone(), is(false));

        lockOnA.unlock();
        waitingOnB.get(5, TimeUnit.SECONDS);
        assertThat(onNodeB(lockOnB::isHeldByCurrentThread), is(true));
        assertThat(lockOnA.tryLock(), is(false));
        onNodeB(() -> {
            lockOnB.unlock();
            return null;
        });
        assertThat(lockOnA.tryLock(), is(true));
        lockOnA.unlock();
    }

    @Test
    public void unlockByAnotherNodeIsRefused() throws Exception {
        ClusterLock lockOnA = cluster.nodeA().clusterLockService().getLockForName(LOCK);
        ClusterLock lockOnB = cluster.nodeB().clusterLockService().getLockForName(LOCK);
        lockOnA.lock();

        Future<?> unlockOnB = threadOnNodeB.submit(lockOnB::unlock);

        Exception refused = assertThrows(Exception.class, () -> unlockOnB.get(5, TimeUnit.SECONDS));
        assertThat(refused.getCause() instanceof IllegalMonitorStateException, is(true));
        assertThat(lockOnA.isHeldByCurrentThread(), is(true));
        lockOnA.unlock();
    }

    @Test
    public void unlockByAnotherThreadOfTheSameNodeIsRefused() throws Exception {
        ClusterLock lockOnA = cluster.nodeA().clusterLockService().getLockForName(LOCK);
        lockOnA.lock();

        ExecutorService otherThreadOnA = Executors.newSingleThreadExecutor();
        try {
            Future<?> unlock = otherThreadOnA.submit(lockOnA::unlock);
            Exception refused = assertThrows(Exception.class, () -> unlock.get(5, TimeUnit.SECONDS));
            assertThat(refused.getCause() instanceof IllegalMonitorStateException, is(true));
        } finally {
            otherThreadOnA.shutdownNow();
        }
        lockOnA.unlock();
    }

    @Test
    public void lockIsNotReentrant() {
        ClusterLock lockOnA = cluster.nodeA().clusterLockService().getLockForName(LOCK);
        lockOnA.lock();

        assertThat(lockOnA.tryLock(), is(false));
        assertThrows(IllegalStateException.class, lockOnA::lock);
        lockOnA.unlock();
        assertThat(lockOnA.isHeldByCurrentThread(), is(false));
    }

    @Test
    public void lockOfANodeThatDiesIsFreedOnceItsLeaseRunsOut() throws Exception {
        cluster.nodeA().clusterLockService().getLockForName(LOCK).lock();
        ClusterLock lockOnB = cluster.nodeB().clusterLockService().getLockForName(LOCK);

        cluster.nodeA().halt();
        long haltedAt = System.nanoTime();

        assertThat(onNodeB(lockOnB::tryLock), is(false));
        assertThat(onNodeB(() -> lockOnB.tryLock(5, TimeUnit.SECONDS)), is(true));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - haltedAt);
        assertThat("the lease was renewed shortly before the node died", waitedMillis,
                greaterThanOrEqualTo(TwoNodeCluster.LOCK_LEASE.toMillis() / 3));
    }

    @Test
    public void lockOfANodeThatShutsDownIsFreedAtOnce() throws Exception {
        cluster.nodeA().clusterLockService().getLockForName(LOCK).lock();
        ClusterLock lockOnB = cluster.nodeB().clusterLockService().getLockForName(LOCK);

        cluster.nodeA().close();

        assertThat(onNodeB(lockOnB::tryLock), is(true));
    }

    @Test
    public void heldLockOutlivesItsLeaseWhileItsNodeRenewsIt() throws Exception {
        ClusterLock lockOnA = cluster.nodeA().clusterLockService().getLockForName(LOCK);
        ClusterLock lockOnB = cluster.nodeB().clusterLockService().getLockForName(LOCK);
        lockOnA.lock();

        Thread.sleep(TwoNodeCluster.LOCK_LEASE.multipliedBy(3).toMillis());

        assertThat(onNodeB(lockOnB::tryLock), is(false));
        assertThat(lockOnA.isHeldByCurrentThread(), is(true));
        lockOnA.unlock();
    }

    @Test
    public void lockNamesLongerThanBeehiveAllowsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> cluster.nodeA().clusterLockService().getLockForName("x".repeat(256)));
    }

    private <T> T onNodeB(Callable<T> action) throws Exception {
        return threadOnNodeB.submit(action).get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
    }
}

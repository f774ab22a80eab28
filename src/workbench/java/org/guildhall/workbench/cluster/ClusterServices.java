package org.guildhall.workbench.cluster;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.cache.CacheManager;
import com.atlassian.scheduler.SchedulerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One workbench node's Data Center cluster services: the cluster lock service, the scheduler and the cache manager,
 * all coordinated through the database the nodes share — never through memory — so two workbench nodes on one
 * database behave as two Confluence Data Center nodes do.
 *
 * <p>Constructing it creates the {@code WB_} tables when missing and starts the node's daemon threads: lease renewal,
 * the job poller and the invalidation poller (one thread, each task short), plus a pool for job runs. Close it to
 * leave the cluster in an orderly way; {@link #halt()} imitates a node that dies.
 */
public final class ClusterServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterServices.class);

    private final String nodeId;
    private final DatabaseClusterLockService clusterLockService;
    private final DatabaseSchedulerService schedulerService;
    private final DatabaseInvalidatedCacheManager cacheManager;
    private final ScheduledExecutorService pollers;
    private final ExecutorService jobRuns;

    /** A node with the {@linkplain ClusterTimings#defaults() default timings}. */
    public ClusterServices(DataSource dataSource, String nodeId) {
        this(dataSource, nodeId, ClusterTimings.defaults());
    }

    /**
     * @param nodeId the node's name in lock rows and job history; must differ between the nodes of one database
     */
    public ClusterServices(DataSource dataSource, String nodeId, ClusterTimings timings) {
        this.nodeId = Objects.requireNonNull(nodeId, "nodeId");
        Clock clock = Clock.systemUTC();
        ClusterDatabase database = new ClusterDatabase(Objects.requireNonNull(dataSource, "dataSource"));
        database.createTablesIfMissing();
        pollers = Executors.newSingleThreadScheduledExecutor(daemonThreads("wb-" + nodeId + "-cluster"));
        jobRuns = Executors.newCachedThreadPool(daemonThreads("wb-" + nodeId + "-job"));
        long leaseMillis = timings.lockLease().toMillis();
        clusterLockService = new DatabaseClusterLockService(database, nodeId, leaseMillis, clock);
        schedulerService = new DatabaseSchedulerService(database, nodeId, clock, jobRuns);
        cacheManager = new DatabaseInvalidatedCacheManager(new CacheInvalidationLog(database), nodeId, clock);
        every(Math.max(1, leaseMillis / 3), "renew cluster lock leases", clusterLockService::renewLeases);
        every(timings.schedulerPoll().toMillis(), "run due jobs", schedulerService::runDueJobs);
        every(timings.invalidationPoll().toMillis(), "apply cache invalidations", cacheManager::applyInvalidations);
    }

    public String nodeId() {
        return nodeId;
    }

    public ClusterLockService clusterLockService() {
        return clusterLockService;
    }

    /** The scheduler; its concrete type also offers {@link DatabaseSchedulerService#runHistory run history}. */
    public DatabaseSchedulerService schedulerService() {
        return schedulerService;
    }

    public CacheManager cacheManager() {
        return cacheManager;
    }

    /**
     * Leaves the cluster in an orderly way: stops polling, interrupts running jobs and waits up to five seconds for
     * them to finish, then releases the locks this node holds so other nodes can take them at once.
     */
    @Override
    public void close() {
        stopThreads();
        clusterLockService.releaseAll();
    }

    /**
     * Stops this node as if its JVM had died: its threads stop and nothing is released. Its locks stay taken until
     * their lease runs out, and its share of the scheduled work falls to the other nodes.
     */
    public void halt() {
        stopThreads();
    }

    private void stopThreads() {
        schedulerService.shutDown();
        pollers.shutdownNow();
        jobRuns.shutdownNow();
        try {
            pollers.awaitTermination(5, TimeUnit.SECONDS);
            jobRuns.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a task periodically; a failing run is logged and the next one still happens. */
    private void every(long periodMillis, String what, Runnable task) {
        pollers.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Node {} could not {}; trying again in {} ms", nodeId, what, periodMillis, e);
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

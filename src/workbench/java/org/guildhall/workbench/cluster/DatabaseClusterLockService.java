package org.guildhall.workbench.cluster;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Workbench stand-in for beehive's {@link ClusterLockService} in Confluence Data Center: one row per lock name in
 * {@code WB_CLUSTER_LOCK}, owned by a node and a thread until a lease runs out.
 *
 * <p>Every acquisition is a single conditional UPDATE ("take the row if nobody owns it or its lease has run out"), so
 * two nodes can never both succeed. A node renews the leases of the locks it holds from a daemon thread; a node that
 * dies stops renewing, and its locks become free once their lease has passed — the behaviour beehive documents.
 */
public final class DatabaseClusterLockService implements ClusterLockService {

    private static final Logger log = LoggerFactory.getLogger(DatabaseClusterLockService.class);
    private static final int MAXIMUM_NAME_LENGTH = 255;

    private final ClusterDatabase database;
    private final String nodeId;
    private final long leaseMillis;
    private final Clock clock;
    private final Map<String, DatabaseClusterLock> locks = new ConcurrentHashMap<>();
    /** Locks this node holds right now, with the thread that holds each: the leases to renew. */
    private final Map<String, String> heldLocks = new ConcurrentHashMap<>();

    DatabaseClusterLockService(ClusterDatabase database, String nodeId, long leaseMillis, Clock clock) {
        this.database = database;
        this.nodeId = nodeId;
        this.leaseMillis = leaseMillis;
        this.clock = clock;
    }

    /**
     * Returns the cluster-wide lock with this name, creating its row on first use. The same instance is returned for
     * the same name on this node.
     *
     * @throws IllegalArgumentException when the name is empty or longer than 255 characters
     */
    @Override
    public ClusterLock getLockForName(String lockName) {
        Objects.requireNonNull(lockName, "lockName");
        if (lockName.isEmpty() || lockName.length() > MAXIMUM_NAME_LENGTH) {
            throw new IllegalArgumentException("A lock name has 1 to 255 characters: " + lockName);
        }
        return locks.computeIfAbsent(lockName, name -> {
            if (database.query("SELECT LOCK_NAME FROM WB_CLUSTER_LOCK WHERE LOCK_NAME = ?", row -> row.getString(1), name).isEmpty()) {
                database.insertIfAbsent("INSERT INTO WB_CLUSTER_LOCK (LOCK_NAME, LEASE_UNTIL) VALUES (?, 0)", name);
            }
            return new DatabaseClusterLock(name, this);
        });
    }

    boolean tryAcquire(String lockName, String thread) {
        long now = clock.millis();
        boolean acquired = database.update("UPDATE WB_CLUSTER_LOCK SET OWNER_NODE = ?, OWNER_THREAD = ?, LEASE_UNTIL = ? "
                        + "WHERE LOCK_NAME = ? AND (OWNER_NODE IS NULL OR LEASE_UNTIL < ?)",
                nodeId, thread, now + leaseMillis, lockName, now) == 1;
        if (acquired) {
            heldLocks.put(lockName, thread);
        }
        return acquired;
    }

    /** @return false when this thread on this node does not hold the lock */
    boolean release(String lockName, String thread) {
        heldLocks.remove(lockName, thread);
        return database.update("UPDATE WB_CLUSTER_LOCK SET OWNER_NODE = NULL, OWNER_THREAD = NULL, LEASE_UNTIL = 0 "
                + "WHERE LOCK_NAME = ? AND OWNER_NODE = ? AND OWNER_THREAD = ?", lockName, nodeId, thread) == 1;
    }

    boolean isHeldBy(String lockName, String thread) {
        return !database.query("SELECT LOCK_NAME FROM WB_CLUSTER_LOCK "
                        + "WHERE LOCK_NAME = ? AND OWNER_NODE = ? AND OWNER_THREAD = ? AND LEASE_UNTIL >= ?",
                row -> row.getString(1), lockName, nodeId, thread, clock.millis()).isEmpty();
    }

    /** Extends the lease of every lock this node holds; a lock lost meanwhile (lease already taken over) is logged. */
    void renewLeases() {
        heldLocks.forEach((lockName, thread) -> {
            int renewed = database.update("UPDATE WB_CLUSTER_LOCK SET LEASE_UNTIL = ? "
                            + "WHERE LOCK_NAME = ? AND OWNER_NODE = ? AND OWNER_THREAD = ?",
                    clock.millis() + leaseMillis, lockName, nodeId, thread);
            if (renewed == 0) {
                heldLocks.remove(lockName, thread);
                log.warn("Node {} lost cluster lock {}: its lease ran out before it was renewed", nodeId, lockName);
            }
        });
    }

    /** Releases every lock this node holds, as a node leaving the cluster in an orderly way does. */
    void releaseAll() {
        heldLocks.forEach(this::release);
    }
}

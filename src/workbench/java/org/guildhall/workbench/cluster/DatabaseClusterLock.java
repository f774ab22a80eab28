package org.guildhall.workbench.cluster;

import com.atlassian.beehive.ClusterLock;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * Workbench stand-in for beehive's {@link ClusterLock}: a named lock row shared by all nodes, owned by one thread of
 * one node at a time.
 *
 * <p>Waiting is polling: the lock is asked for again after a pause that doubles from 10 ms up to half a second, so a
 * long wait costs a few queries a second. Like beehive's locks it is not re-entrant: a thread that already holds the
 * lock gets {@code false} from {@code tryLock} and an {@link IllegalStateException} from {@code lock}, instead of
 * waiting for itself forever.
 */
final class DatabaseClusterLock implements ClusterLock {

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 500;

    private final String name;
    private final DatabaseClusterLockService service;

    DatabaseClusterLock(String name, DatabaseClusterLockService service) {
        this.name = name;
        this.service = service;
    }

    @Override
    public void lock() {
        boolean interrupted = false;
        while (true) {
            try {
                lockInterruptibly();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        refuseReentry();
        long pause = FIRST_PAUSE_MILLIS;
        while (!service.tryAcquire(name, currentThread())) {
            TimeUnit.MILLISECONDS.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    @Override
    public boolean tryLock() {
        return !isHeldByCurrentThread() && service.tryAcquire(name, currentThread());
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        if (isHeldByCurrentThread()) {
            return false;
        }
        long deadline = System.nanoTime() + unit.toNanos(time);
        long pause = FIRST_PAUSE_MILLIS;
        while (!service.tryAcquire(name, currentThread())) {
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remainingMillis <= 0) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(Math.min(pause, remainingMillis));
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
        return true;
    }

    /** @throws IllegalMonitorStateException when this thread of this node does not hold the lock */
    @Override
    public void unlock() {
        if (!service.release(name, currentThread())) {
            throw new IllegalMonitorStateException("Cluster lock " + name + " is not held by this thread of this node");
        }
    }

    @Override
    public boolean isHeldByCurrentThread() {
        return service.isHeldBy(name, currentThread());
    }

    /** Cluster locks have no conditions (beehive documents this as always unsupported). */
    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("Cluster locks do not support conditions");
    }

    @Override
    public String toString() {
        return "DatabaseClusterLock[" + name + ']';
    }

    private void refuseReentry() {
        if (isHeldByCurrentThread()) {
            throw new IllegalStateException("Cluster lock " + name + " is not re-entrant and this thread already holds it");
        }
    }

    /**
     * A thread ID is unique in the node's JVM while the thread lives, which is as long as it can hold a lock; the name
     * is left out because pools rename their threads.
     */
    private static String currentThread() {
        return Long.toString(Thread.currentThread().getId());
    }
}

package org.guildhall.workbench.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a workbench node talks to the shared database. The defaults suit a person clicking through the
 * workbench; tests shorten them so that a dead node's lock expires within a second.
 *
 * @param lockLease          how long a held lock stays valid without renewal; a node renews its locks three times per
 *                           lease, so another node can take a lock only after its holder stopped renewing
 * @param schedulerPoll      how often a node looks for due jobs
 * @param invalidationPoll   how often a node reads the cache invalidations other nodes wrote
 */
public record ClusterTimings(Duration lockLease, Duration schedulerPoll, Duration invalidationPoll) {

    public ClusterTimings {
        Objects.requireNonNull(lockLease, "lockLease");
        Objects.requireNonNull(schedulerPoll, "schedulerPoll");
        Objects.requireNonNull(invalidationPoll, "invalidationPoll");
    }

    /** A 30 second lock lease, due jobs found within half a second, invalidations within 200 ms. */
    public static ClusterTimings defaults() {
        return new ClusterTimings(Duration.ofSeconds(30), Duration.ofMillis(500), Duration.ofMillis(200));
    }

    public ClusterTimings withLockLease(Duration lease) {
        return new ClusterTimings(lease, schedulerPoll, invalidationPoll);
    }

    public ClusterTimings withSchedulerPoll(Duration poll) {
        return new ClusterTimings(lockLease, poll, invalidationPoll);
    }

    public ClusterTimings withInvalidationPoll(Duration poll) {
        return new ClusterTimings(lockLease, schedulerPoll, poll);
    }
}

package com.atlassian.beehive;

/**
 * Compile-only copy of beehive-api's {@code com.atlassian.beehive.ClusterLockService}: hands out cluster-wide locks
 * by name. Names are up to 255 characters and should be namespaced; locks are not re-entrant and are released when
 * the node holding them dies.
 *
 * <p>Confirmed from the beehive javadoc (docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html)
 * and a decompiled current beehive-api (fs:42219351652): the single member {@code getLockForName(String)}.
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}

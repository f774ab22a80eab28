package com.atlassian.beehive;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Compile-only copy of beehive-api's {@code com.atlassian.beehive.ClusterLock}: a named {@link Lock} shared by every
 * node of the cluster.
 *
 * <p>Confirmed from the beehive javadoc (docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html:
 * {@code newCondition()} always throws {@link UnsupportedOperationException}) and a decompiled current beehive-api
 * (fs:42058804459), which adds {@code isHeldByCurrentThread()}.
 */
public interface ClusterLock extends Lock {

    boolean isHeldByCurrentThread();

    /** Not supported by cluster locks: always throws {@link UnsupportedOperationException}. */
    @Override
    Condition newCondition();
}

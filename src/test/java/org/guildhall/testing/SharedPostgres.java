package org.guildhall.testing;

import org.guildhall.workbench.Workbench;
import org.guildhall.workbench.WorkbenchOptions;
import org.guildhall.workbench.ao.AoDatabase;

import java.time.Duration;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * The machine's PostgreSQL server is shared by every build on it, and benchmarks can take all its connection slots for
 * a while: a test that starts workbench nodes on it waits for a slot instead of failing at once.
 */
public final class SharedPostgres {

    private SharedPostgres() {
    }

    /**
     * Skips the test when PostgreSQL does not answer within a few seconds, or fails it when it is required
     * ({@code -Ddb.required=true}) and does not answer within a minute.
     */
    public static void assumeReachable(AoDatabase database) {
        boolean required = Boolean.getBoolean("db.required");
        if (!reachableWithin(database, Duration.ofSeconds(required ? 60 : 5))) {
            if (required) {
                fail("PostgreSQL is required (-Ddb.required=true) but not reachable at " + database.url());
            }
            assumeTrue("PostgreSQL not reachable", false);
        }
    }

    /** Starts a workbench node, trying again for up to 90 seconds while start-up fails (no connection slot free). */
    public static Workbench startNode(WorkbenchOptions options) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                return Workbench.start(options);
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                System.err.println("[test] A workbench node did not start, trying again: " + e);
                pause();
            }
        }
    }

    private static boolean reachableWithin(AoDatabase database, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!database.isReachable()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}

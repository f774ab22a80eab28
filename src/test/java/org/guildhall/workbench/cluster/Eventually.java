package org.guildhall.workbench.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.Assert.fail;

/** Waits for something other nodes do in the background, checking every 20 ms, instead of sleeping a fixed time. */
final class Eventually {

    private Eventually() {
    }

    static void within(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + timeout.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for: " + what);
            }
        }
    }
}

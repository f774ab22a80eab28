package org.guildhall.activity;

import jakarta.annotation.PreDestroy;
import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.platform.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records events in the stream off the publishing thread: listeners hand events over with {@link #recordLater} and
 * return at once, and one background thread owned by the app looks up what an entry needs and inserts it in its own
 * transaction. The queue is bounded ({@value #QUEUE_SIZE} events): when a burst fills it, further events are dropped
 * with a warning rather than letting memory grow or slowing down the people whose actions publish them. Events still
 * queued when the app stops or the node dies are lost; the stream is a summary, not a record of truth.
 */
@Component
public class ActivityRecorder {

    static final int QUEUE_SIZE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ActivityRecorder.class);

    private final ActivityTranslation translation;
    private final ActivityDao activityDao;
    private final Transactions transactions;
    private final ThreadPoolExecutor executor;
    private final AtomicLong dropped = new AtomicLong();

    public ActivityRecorder(ActivityTranslation translation, ActivityDao activityDao, Transactions transactions) {
        this.translation = translation;
        this.activityDao = activityDao;
        this.transactions = transactions;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_SIZE),
                runnable -> {
                    Thread thread = new Thread(runnable, "guildhall-activity-recorder");
                    thread.setDaemon(true);
                    return thread;
                }, (runnable, pool) -> {
                    if (dropped.incrementAndGet() % 1000 == 1) {
                        LOG.warn("Activity stream queue is full; {} events dropped so far", dropped.get());
                    }
                });
    }

    /** Hands the event to the background thread and returns at once; any thread may call it. */
    public void recordLater(Object event) {
        if (!executor.isShutdown()) {
            executor.execute(() -> {
                try {
                    record(event);
                } catch (RuntimeException e) {
                    LOG.warn("Could not record {} in the activity stream", event.getClass().getSimpleName(), e);
                }
            });
        }
    }

    /**
     * Records the event now, on the caller's thread, in a transaction of its own.
     *
     * @return the new entry's id, or empty when the stream does not show this event
     */
    public Optional<Long> record(Object event) {
        return transactions.inTransaction(() -> translation.translate(event).map(activityDao::insert));
    }

    /**
     * Waits until every event handed over so far is recorded (tests; shutdown).
     *
     * @return false when the wait timed out
     */
    public boolean awaitRecorded(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (executor.getQueue().size() + executor.getActiveCount() > 0
                || executor.getCompletedTaskCount() < executor.getTaskCount()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stops the thread when the app is disabled or uninstalled, after a short wait for queued events. */
    @PreDestroy
    public void stop() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

package org.guildhall.platform;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs short follow-up work (such as working out who to notify of an event) off the thread that published the
 * event, so a user's request never waits for it. Confluence delivers events to listeners synchronously on the
 * publishing thread, so listeners hand their work here. One worker thread per node, with a bounded queue.
 * <p>
 * The queue is held in memory, like Confluence's own mail queue: tasks still waiting when the node stops are lost.
 * Only use it for work whose loss is acceptable (a notification), never for data changes.
 */
@Component
public class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private static final int QUEUE_CAPACITY = 10_000;

    private final ExecutorService executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
        Thread thread = new Thread(runnable, "guildhall-background");
        thread.setDaemon(true);
        return thread;
    }, (rejected, pool) -> LOG.warn("Guildhall background queue is full or stopped; a task was dropped"));

    /**
     * Queues the work; returns at once. A failure is logged (with the description) and does not stop later tasks.
     */
    public void submit(String description, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Guildhall background task failed: {}", description, e);
            }
        });
    }

    /** Lets queued work finish for a moment when the app is disabled, then stops the worker. */
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

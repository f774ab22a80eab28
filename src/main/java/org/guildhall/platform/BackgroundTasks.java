package org.guildhall.platform;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs short follow-up work (working out who to route a question to, who to notify of an event, page evidence) off
 * the thread that published the event, so a user's request does not wait for it. Confluence delivers events to
 * listeners synchronously on the publishing thread, so listeners hand their work here.
 * <p>
 * {@value #DEFAULT_WORKERS} worker threads per node share a queue of {@value #DEFAULT_QUEUE_CAPACITY} tasks. When the
 * queue is full the submitting thread runs the task itself before it returns: a burst (hundreds of questions a second)
 * slows the requests that cause it down to the speed the work can be done at, instead of losing work. So no task is
 * dropped while the app runs; tasks still queued when the app stops get {@value #STOP_GRACE_SECONDS} seconds, and
 * any left then are logged one by one as not run. The queue is held in memory, like Confluence's own mail queue:
 * a node that dies loses what it had queued. Only use it for independent work whose order does not matter (two tasks
 * may run at once, and a task run by a caller may overtake queued ones), never for a data change a user waits for.
 */
@Component
public class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    static final int DEFAULT_WORKERS = 2;
    static final int DEFAULT_QUEUE_CAPACITY = 1_000;
    static final int STOP_GRACE_SECONDS = 5;

    private final ThreadPoolExecutor executor;
    private final AtomicLong ranByCaller = new AtomicLong();

    @Autowired
    public BackgroundTasks() {
        this(DEFAULT_WORKERS, DEFAULT_QUEUE_CAPACITY);
    }

    /** With that many worker threads and queued tasks at most (tests use a small queue to provoke bursts). */
    public BackgroundTasks(int workers, int queueCapacity) {
        AtomicInteger threads = new AtomicInteger();
        RejectedExecutionHandler full = (rejected, pool) -> {
            if (pool.isShutdown()) {
                LOG.error("Guildhall is stopping; a background task was not run: {}", rejected);
                return;
            }
            // back-pressure: the submitting thread does the work a worker had no room for
            ranByCaller.incrementAndGet();
            rejected.run();
        };
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), runnable -> {
            Thread thread = new Thread(runnable, "guildhall-background-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, full);
    }

    /**
     * Queues the work and returns, or runs it on the calling thread when the queue is full. A failure is logged (with
     * the description) and does not stop later tasks; it is never thrown to the caller.
     */
    public void submit(String description, Runnable work) {
        executor.execute(new Task(description, work));
    }

    /** @return how many tasks ran on the submitting thread because the queue was full (since the node started) */
    public long ranByCaller() {
        return ranByCaller.get();
    }

    /** @return how many tasks wait in the queue now (not those running) */
    public int queued() {
        return executor.getQueue().size();
    }

    /**
     * Lets queued work finish for {@value #STOP_GRACE_SECONDS} seconds when the app is disabled, then stops the
     * workers, logging each task that did not run.
     */
    @PreDestroy
    public void stop() {
        executor.shutdown();
        try {
            if (executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Runnable> notRun = executor.shutdownNow();
        notRun.forEach(task -> LOG.error("Guildhall stopped; a background task was not run: {}", task));
    }

    /** A piece of work that names itself in the log. */
    private record Task(String description, Runnable work) implements Runnable {

        @Override
        public void run() {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Guildhall background task failed: {}", description, e);
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}

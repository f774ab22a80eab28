package org.guildhall.platform;

import org.junit.After;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

public class BackgroundTasksTest {

    private BackgroundTasks background;

    @After
    public void stop() {
        if (background != null) {
            background.stop();
        }
    }

    @Test
    public void burstFarBeyondTheQueue_runsEveryTaskExactlyOnce_theSubmittersDoingTheOverflow() throws Exception {
        // given a single slow worker with room for 5 queued tasks
        background = new BackgroundTasks(1, 5);
        int submitters = 8;
        int perSubmitter = 250;
        Set<String> ran = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            int submitter = s;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < perSubmitter; i++) {
                    String id = submitter + ":" + i;
                    background.submit("route question " + id, () -> {
                        sleepQuietly();
                        if (!ran.add(id)) {
                            throw new AssertionError("ran twice: " + id);
                        }
                    });
                }
            });
            thread.start();
            threads.add(thread);
        }

        // when all of them submit at once, 2,000 tasks against a queue of 5
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        background.stop();

        // then every task ran, and the overflow ran on the submitting threads instead of being dropped
        assertThat(ran.size(), is(submitters * perSubmitter));
        assertThat(background.ranByCaller(), greaterThan(0L));
    }

    @Test
    public void failingTask_isLoggedAndLaterTasksStillRun() throws Exception {
        background = new BackgroundTasks(1, 10);
        CountDownLatch later = new CountDownLatch(1);

        background.submit("fails", () -> {
            throw new IllegalStateException("boom");
        });
        background.submit("runs", later::countDown);

        assertThat(later.await(10, TimeUnit.SECONDS), is(true));
    }

    @Test
    public void queueWithRoom_runsTheTaskOffTheSubmittingThread() throws Exception {
        background = new BackgroundTasks(1, 10);
        CountDownLatch done = new CountDownLatch(1);
        Thread submitter = Thread.currentThread();
        Thread[] runner = new Thread[1];

        background.submit("notify", () -> {
            runner[0] = Thread.currentThread();
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS), is(true));
        assertThat(runner[0] == submitter, is(false));
        assertThat(background.ranByCaller(), is(0L));
    }

    @Test
    public void queued_countsTasksWaitingBehindABusyWorker() throws Exception {
        // given one worker held busy
        background = new BackgroundTasks(1, 10);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        background.submit("holds the worker", () -> {
            running.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(running.await(10, TimeUnit.SECONDS), is(true));

        // when two more tasks are submitted
        background.submit("waits 1", () -> { });
        background.submit("waits 2", () -> { });

        // then both wait in the queue, and none ran on the caller
        assertThat(background.queued(), is(2));
        assertThat(background.ranByCaller(), is(0L));
        release.countDown();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(0, 200_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

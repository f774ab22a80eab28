package org.guildhall.ratelimit.ao;

import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

public class RateWindowDaoTest extends ActiveObjectsTest {

    private static final long MINUTE = 60_000;

    private RateWindowDao dao;

    @Before
    public void createDao() {
        dao = new RateWindowDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    @Test
    public void hit_countsEachHitOfOnePersonInOneWindow() {
        assertThat(List.of(dao.hit("ask", "p1", 0, MINUTE), dao.hit("ask", "p1", 0, MINUTE),
                dao.hit("ask", "p1", 0, MINUTE)), contains(1, 2, 3));
    }

    @Test
    public void hit_countsPeopleActionsAndWindowsApart() {
        dao.hit("ask", "p1", 0, MINUTE);
        dao.hit("ask", "p1", 0, MINUTE);

        assertThat(dao.hit("ask", "p2", 0, MINUTE), is(1));
        assertThat(dao.hit("vote", "p1", 0, MINUTE), is(1));
        assertThat(dao.hit("ask", "p1", MINUTE, 2 * MINUTE), is(1));
    }

    @Test
    public void hit_theFirstHitOfAWindowDeletesThePersonsClosedWindowsOfThatAction() {
        dao.hit("ask", "p1", 0, MINUTE);
        dao.hit("vote", "p1", 0, MINUTE);
        dao.hit("ask", "p2", 0, MINUTE);

        dao.hit("ask", "p1", 5 * MINUTE, 6 * MINUTE);

        TreeSet<String> left = new TreeSet<>();
        for (RateWindowEntity window : ao.find(RateWindowEntity.class)) {
            left.add(window.getWindowKey());
        }
        assertThat(left, contains("ask|0|p2", "ask|300000|p1", "vote|0|p1"));
    }

    /** Each thread has its own connection, as two cluster nodes have: no hit is lost, none counted twice. */
    @Test
    public void hit_concurrentHitsOnOneWindow_areEachCountedOnce() throws Exception {
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> hits = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                hits.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return transactions.inTransactionRetryingOnConflict(() -> dao.hit("vote", "p1", 0, MINUTE));
                }));
            }
            start.countDown();
            TreeSet<Integer> counts = new TreeSet<>();
            for (Future<Integer> hit : hits) {
                counts.add(hit.get(120, TimeUnit.SECONDS));
            }

            assertThat(new ArrayList<>(counts), is(IntStream.rangeClosed(1, 80).boxed().toList()));
        } finally {
            threads.shutdownNow();
        }
    }
}

package org.guildhall.activity.digest;

import org.guildhall.activity.digest.ao.DigestDao;
import org.guildhall.platform.ActingAs;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Mail;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Sending digests on H2, PostgreSQL and MariaDB with the real claims: once per person and period whoever runs it and
 * however often, nothing for people with nothing new, and after a crash midway the rest get theirs and nobody gets a
 * second one. The content and the mail are stand-ins; the database is real.
 */
public class DigestSendingTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");
    private static final List<String> PEOPLE = List.of("key-ana", "key-ben", "key-cem", "key-dan", "key-eva");

    private DigestDao dao;
    private ActiveObjectsTransactions transactions;
    private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Boolean> hasNews = new java.util.concurrent.ConcurrentHashMap<>();
    private Instant now = NOW;
    /** Called before each mail is queued; a test makes it throw to simulate a failure or a crash. */
    private Function<String, Void> beforeSending = recipient -> null;

    @Before
    public void subscribe() {
        dao = new DigestDao(ao);
        transactions = new ActiveObjectsTransactions(ao);
        for (String person : PEOPLE) {
            dao.saveFrequency(person, DigestFrequency.DAILY, NOW.minus(Duration.ofDays(3)));
            hasNews.put(person, true);
        }
    }

    @Test
    public void everyoneWithNewsGetsOneDigest_andRunningAgainInThePeriodSendsNothing() {
        hasNews.put("key-cem", false);
        dao.saveFrequency("key-dan", DigestFrequency.OFF, NOW);

        assertThat(sending().sendDue(), is(3));
        assertThat(sending().sendDue(), is(0));

        assertThat(sent, containsInAnyOrder("key-ana", "key-ben", "key-eva"));
        assertThat(dao.mailedCount("key-cem"), is(0));
    }

    @Test
    public void theNextPeriodSendsAgain_coveringWhatHappenedSinceTheLastDigest() {
        sending().sendDue();
        now = NOW.plus(Duration.ofDays(1));

        assertThat(sending().sendDue(), is(PEOPLE.size()));
        assertThat(dao.lastDigest("key-ana"), is(Optional.of(now)));
        assertThat(dao.mailedCount("key-ana"), is(2));
    }

    @Test
    public void twoNodesRunningAtOnceSendEachDigestOnce() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int node = 0; node < 4; node++) {
                runs.add(() -> sending().sendDue());
            }
            int mailed = 0;
            for (Future<Integer> run : nodes.invokeAll(runs)) {
                mailed += run.get();
            }

            assertThat(mailed, is(PEOPLE.size()));
            assertThat(sent.stream().sorted().toList(), is(PEOPLE));
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    public void aFailureBeforeTheMailIsQueuedGivesTheDigestBack_andTheNextRunSendsIt() {
        AtomicInteger failures = new AtomicInteger();
        beforeSending = recipient -> {
            if (recipient.equals("key-cem") && failures.getAndIncrement() == 0) {
                throw new IllegalStateException("mail queue unavailable");
            }
            return null;
        };

        assertThat(sending().sendDue(), is(4));
        assertThat(sending().sendDue(), is(1));

        assertThat(sent.stream().sorted().toList(), is(PEOPLE));
    }

    @Test
    public void aCrashAfterTwoRecipients_theRestGetTheirsOnTheNextRun_theInterruptedOneAfterTheLease_nobodyTwice() {
        AtomicInteger mails = new AtomicInteger();
        beforeSending = recipient -> {
            if (mails.incrementAndGet() == 3) {
                throw new NodeDied();
            }
            return null;
        };
        try {
            sending().sendDue();
            fail("the node should have died");
        } catch (NodeDied expected) {
            // the third person's claim stays behind, unfinished, as after a real crash
        }
        assertThat(sent, contains(PEOPLE.get(0), PEOPLE.get(1)));
        beforeSending = recipient -> null;

        assertThat("the rest, but not the interrupted one (its claim may still be in progress)",
                sending().sendDue(), is(2));
        now = NOW.plus(DigestSending.CLAIM_LEASE).plusSeconds(1);
        assertThat("the interrupted one, once its claim is stale", sending().sendDue(), is(1));
        assertThat(sending().sendDue(), is(0));

        assertThat(sent.stream().sorted().toList(), is(PEOPLE));
        assertThat(sent.stream().collect(Collectors.toSet()), is(Set.copyOf(PEOPLE)));
    }

    @Test
    public void theUnsubscribeSecretIsMadeOnceAndKept() {
        byte[] first = transactions.inTransactionRetryingOnConflict(() -> dao.secret("test-secret"));
        byte[] again = transactions.inTransactionRetryingOnConflict(() -> dao.secret("test-secret"));

        assertThat(first.length, is(32));
        assertThat(java.util.Arrays.equals(first, again), is(true));
        assertThat(java.util.Arrays.equals(first, dao.secret("other-secret")), is(false));
    }

    @Test
    public void aClaimIsTakenOverOnlyOnceStale_andOnlyByOne() {
        String period = DigestFrequency.DAILY.period(NOW);
        assertThat(dao.claim("key-ana", period, NOW, NOW.minus(DigestSending.CLAIM_LEASE)).isPresent(), is(true));

        Instant later = NOW.plus(Duration.ofMinutes(10));
        assertThat(dao.claim("key-ana", period, later, later.minus(DigestSending.CLAIM_LEASE)), is(Optional.empty()));
        Instant stale = NOW.plus(DigestSending.CLAIM_LEASE).plusSeconds(1);
        assertThat(dao.claim("key-ana", period, stale, stale.minus(DigestSending.CLAIM_LEASE)).isPresent(), is(true));
        assertThat(dao.claim("key-ana", period, stale, stale.minus(DigestSending.CLAIM_LEASE)), is(Optional.empty()));
        assertThat(dao.claimed(period, PEOPLE, stale.minus(DigestSending.CLAIM_LEASE)), is(Set.of("key-ana")));
        assertThat(dao.claimed(period, PEOPLE, stale.plus(DigestSending.CLAIM_LEASE)), empty());
    }

    /** A stand-in for a node that dies: an Error, which the sending code does not catch. */
    private static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    private DigestSending sending() {
        DigestBuilder builder = mock(DigestBuilder.class);
        ThreadLocal<String> actingFor = new ThreadLocal<>();
        when(builder.build(any(), any())).thenAnswer(call -> {
            boolean news = hasNews.get(actingFor.get());
            return new DigestContent(call.getArgument(0), call.getArgument(1), List.of(),
                    news ? List.of(new DigestContent.DigestQuestion(1, "News", "/q/1", "Club", 1, 0)) : List.of(),
                    List.of());
        });
        DigestMail digestMail = mock(DigestMail.class);
        when(digestMail.compose(any(), any(), any(), any())).thenAnswer(call ->
                new Mail.Message("Digest", "<p>digest</p>", "digest for " + call.getArgument(2)));
        Mail mail = (recipient, message) -> {
            beforeSending.apply(recipient);
            sent.add(recipient);
            return true;
        };
        ActingAs actingAs = new ActingAs() {
            @Override
            public <T> Optional<T> as(String userKey, Supplier<T> work) {
                actingFor.set(userKey);
                try {
                    return Optional.ofNullable(work.get());
                } finally {
                    actingFor.remove();
                }
            }
        };
        I18n i18n = mock(I18n.class);
        when(i18n.localeOf(any())).thenReturn(Locale.ENGLISH);
        Clock clock = new Clock() {
            @Override
            public Instant now() {
                return now;
            }
        };
        return new DigestSending(dao, builder, digestMail, mail, actingAs, i18n, transactions, clock,
                mock(CurrentUser.class));
    }
}

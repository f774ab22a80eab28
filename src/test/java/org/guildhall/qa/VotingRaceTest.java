package org.guildhall.qa;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.activity.ao.FollowEntity;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.Visibility;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.ReputationDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.qa.ao.VoteDao;
import org.guildhall.qa.ao.VoteEntity;
import org.guildhall.testing.DescriptorEntities;
import org.guildhall.testing.TestDatabases;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Votes and acceptances racing on PostgreSQL through the real services, DAOs and transactions (READ COMMITTED, as
 * Confluence runs): many people released at the same instant.
 */
public class VotingRaceTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();
    private static final int VOTERS = 200;

    private EntityManagerActiveObjects ao;
    private Posting posting;
    private Voting voting;
    private QuestionDao questionDao;
    private AnswerDao answerDao;
    private ReputationDao reputationDao;
    private ExecutorService threads;

    @Before
    public void connect() {
        Object[] postgres = TestDatabases.all().stream().filter(database -> "postgres".equals(database[0]))
                .findFirst().orElseThrow();
        ao = TestDatabases.activeObjects("postgres", (AoDatabase) postgres[1]);
        List<Class<? extends net.java.ao.Entity>> newestFirst = new ArrayList<>(DescriptorEntities.all());
        Collections.reverse(newestFirst);
        newestFirst.forEach(type -> ao.deleteWithSQL(type, "ID > ?", 0));
        CommunityDao communityDao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        communityDao.save("RACE", new CommunitySettings("Race", "", Visibility.OPEN,
                Optional.of(List.of("espresso"))), new Clock().now());
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(anyString())).thenReturn(true);
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(call -> Optional.ofNullable(CALLER.get()));
        MembershipPolicy policy = new MembershipPolicy(communityDao, new MembershipDao(ao), spacePermissions,
                currentUser);
        questionDao = new QuestionDao(ao);
        answerDao = new AnswerDao(ao);
        reputationDao = new ReputationDao(ao);
        QaPermissions permissions = new QaPermissions(new VisibleCommunities(communityDao, spacePermissions), policy,
                questionDao);
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        posting = new Posting(permissions, questionDao, answerDao, new CommentDao(ao), new RevisionDao(ao),
                new TopicDao(ao), new FollowDao(ao),
                new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao)), new MembershipDao(ao),
                transactions, mock(AppEvents.class), new Clock());
        voting = new Voting(permissions, posting, questionDao, answerDao, new VoteDao(ao), reputationDao,
                new FollowDao(ao), transactions, mock(AppEvents.class), new Clock(), mock(QuestionReading.class),
                currentUser);
        threads = Executors.newFixedThreadPool(32);
    }

    @After
    public void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    public void twoHundredSimultaneousVotesFromTwoHundredPeople_leaveExactlyTheRightScore() throws Exception {
        Question question = as("key-asker", () -> posting.ask("RACE", "How fine should I grind for espresso?",
                "Body", List.of("espresso")));
        Answer answer = as("key-answerer", () -> posting.answer(question.id(), "Finer than you think."));
        List<Supplier<Object>> work = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String voter = "key-voter-" + i;
            int value = i % 4 == 0 ? -1 : 1;
            work.add(() -> as(voter, () -> voting.voteOnQuestion(question.id(), value)));
            work.add(() -> as(voter, () -> voting.voteOnAnswer(answer.id(), value)));
        }

        List<Object> outcomes = race(work);

        assertThat(outcomes.stream().filter(outcome -> !(outcome instanceof Voting.VoteResult)).toList(),
                is(List.of()));
        int expected = VOTERS * 3 / 4 - VOTERS / 4;
        assertThat(questionDao.find(question.id()).orElseThrow().score(), is(expected));
        assertThat(answerDao.find(answer.id()).orElseThrow().score(), is(expected));
        assertThat(ao.count(VoteEntity.class), is(2 * VOTERS));
        ReputationCounts asker = reputationDao.find(List.of("key-asker")).get("key-asker");
        ReputationCounts answerer = reputationDao.find(List.of("key-answerer")).get("key-answerer");
        assertThat(asker.questionUpVotes() + "/" + asker.questionDownVotes(), is(VOTERS * 3 / 4 + "/" + VOTERS / 4));
        assertThat(answerer.answerUpVotes() + "/" + answerer.answerDownVotes(), is(VOTERS * 3 / 4 + "/" + VOTERS / 4));
    }

    @Test
    public void twoSimultaneousAcceptsOfDifferentAnswers_leaveExactlyOneAcceptedAnswer() throws Exception {
        for (int round = 0; round < 10; round++) {
            Question question = as("key-asker", () -> posting.ask("RACE", "Which grinder should I buy first?",
                    "Body", List.of("espresso")));
            Answer first = as("key-ann", () -> posting.answer(question.id(), "This one."));
            Answer second = as("key-ben", () -> posting.answer(question.id(), "That one."));

            race(List.of(() -> as("key-asker", () -> {
                voting.accept(first.id());
                return "ok";
            }), () -> as("key-asker", () -> {
                voting.accept(second.id());
                return "ok";
            })));

            long accepted = ao.count(AnswerEntity.class, AnswerEntity.ACCEPTED_FOR + " = ?", (int) question.id());
            assertThat(accepted, is(1L));
            Question after = questionDao.find(question.id()).orElseThrow();
            assertThat(after.state(), is(ListState.ACCEPTED));
            assertThat(after.acceptedAnswerId(), is(answerDao.findAccepted(question.id()).orElseThrow().id()));
            int acceptedCounts = reputationDao.find(List.of("key-ann", "key-ben")).values().stream()
                    .mapToInt(ReputationCounts::acceptedAnswers).sum();
            assertThat(acceptedCounts, is(1));
            as("key-asker", () -> {
                voting.unaccept(after.acceptedAnswerId());
                return null;
            });
        }
        assertThat(ao.count(FollowEntity.class) > 0, is(true));
    }

    private static <T> T as(String userKey, Supplier<T> work) {
        CALLER.set(userKey);
        try {
            return work.get();
        } finally {
            CALLER.remove();
        }
    }

    /**
     * Releases all at the same instant (32 threads run at once, the rest queue behind them); each outcome is the result,
     * or the exception thrown.
     */
    private List<Object> race(List<Supplier<Object>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Supplier<Object> each : work) {
            futures.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    return each.get();
                } catch (RuntimeException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}

package org.guildhall.expertise.routing;

import org.guildhall.admin.AuditLog;
import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.Visibility;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.expertise.Availability;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.Profile;
import org.guildhall.expertise.ScoreChange;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.expertise.routing.ao.RoutingDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.People;
import org.guildhall.platform.UserSpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Routing on every database: who is picked (the asker, unavailable, busy, over-cap and people who cannot see the
 * community never are), declines lower a person for that topic, escalation asks the next experts at most twice and
 * asks nobody twice when the job runs again.
 */
public class ExpertRoutingTest extends ActiveObjectsTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final Set<String> cannotSee = new HashSet<>();
    private final List<String> notified = new ArrayList<>();
    private final AtomicLong postIds = new AtomicLong(1000);
    private Instant now = START;
    private EvidenceDao evidenceDao;
    private ProfileDao profileDao;
    private RoutingDao routingDao;
    private QuestionDao questionDao;
    private RoutingCandidates candidates;
    private ExpertRouting routing;
    private ActiveObjectsTransactions transactions;
    private long coffee;

    @Before
    public void wire() {
        CommunityDao communityDao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        coffee = communityDao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("espresso", "milk"))), START).id();
        evidenceDao = new EvidenceDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        profileDao = new ProfileDao(ao);
        routingDao = new RoutingDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        questionDao = new QuestionDao(ao);
        transactions = new ActiveObjectsTransactions(ao);
        People people = mock(People.class);
        when(people.findAll(anyCollection())).thenAnswer(call -> {
            Map<String, People.Person> found = new HashMap<>();
            for (Object key : call.<java.util.Collection<?>>getArgument(0)) {
                found.put((String) key, new People.Person((String) key, (String) key, "Person " + key));
            }
            return found;
        });
        UserSpacePermissions permissions = mock(UserSpacePermissions.class);
        when(permissions.canView(anyString(), anyString()))
                .thenAnswer(call -> !cannotSee.contains(call.<String>getArgument(0)));
        candidates = new RoutingCandidates(evidenceDao, profileDao, routingDao, people, permissions);
        RoutingNotifier notifier = mock(RoutingNotifier.class);
        when(notifier.notify(any(Question.class), any(Community.class), anyString())).thenAnswer(call -> {
            notified.add(call.getArgument(2));
            return true;
        });
        Clock clock = mock(Clock.class);
        when(clock.now()).thenAnswer(call -> now);
        routing = new ExpertRouting(questionDao, communityDao, routingDao, candidates, notifier,
                mock(QaPermissions.class), mock(CurrentUser.class), transactions, people, clock,
                mock(AuditLog.class));
    }

    @Test
    public void newQuestion_goesToTheThreeStrongestPeopleInItsTopics() {
        answers("ana", 5);
        answers("ben", 4);
        answers("cy", 3);
        answers("dee", 1);

        List<String> asked = routing.routeNewQuestion(ask("zed").id());

        assertThat(asked, contains("ana", "ben", "cy"));
        assertThat(notified, contains("ana", "ben", "cy"));
        assertThat(routingDao.findByQuestion(lastQuestion).stream()
                .map(RoutedPerson::round).toList(), everyItem(is(1)));
    }

    @Test
    public void newQuestion_neverGoesToTheAsker() {
        answers("ana", 5);
        answers("ben", 1);

        assertThat(routing.routeNewQuestion(ask("ana").id()), contains("ben"));
    }

    @Test
    public void newQuestion_skipsPeopleWhoAreUnavailableOrStillBusy() {
        answers("ana", 5);
        answers("ben", 4);
        answers("cy", 3);
        answers("dee", 2);
        profile("ana", Availability.NEVER, null);
        profile("ben", Availability.BUSY, START.plus(Duration.ofDays(3)));
        profile("cy", Availability.BUSY, START.minus(Duration.ofDays(1)));

        assertThat(routing.routeNewQuestion(ask("zed").id()), contains("cy", "dee"));
    }

    @Test
    public void newQuestion_skipsPeopleAtTheirWeeklyCap() {
        answers("ana", 5);
        answers("ben", 1);
        transactions.inTransaction(() -> {
            routingDao.saveSettings(new RoutingSettings(2, 48));
            return null;
        });
        routing.routeNewQuestion(ask("zed").id());
        routing.routeNewQuestion(ask("zed").id());

        assertThat(routing.routeNewQuestion(ask("zed").id()), is(empty()));
        now = START.plus(Duration.ofDays(8));
        assertThat(routing.routeNewQuestion(ask("zed").id()), contains("ana", "ben"));
    }

    @Test
    public void newQuestion_neverNotifiesSomeoneWhoCannotSeeTheCommunity() {
        answers("ana", 5);
        answers("ben", 4);
        cannotSee.add("ana");

        assertThat(routing.routeNewQuestion(ask("zed").id()), contains("ben"));
        assertThat(notified, not(org.hamcrest.Matchers.hasItem("ana")));
    }

    @Test
    public void decline_lowersThePersonForThatTopicOnly() {
        answers("ana", 3);
        answers("ben", 2);
        assertThat(candidates.pick(coffee, "COFFEE", List.of("espresso"), Set.of(), 5, 2, now).stream()
                .map(RoutingCandidates.Candidate::personKey).toList(), contains("ana", "ben"));

        transactions.inTransactionRetryingOnConflict(() -> {
            routingDao.addDecline("ana", "espresso");
            return null;
        });

        assertThat(candidates.pick(coffee, "COFFEE", List.of("espresso"), Set.of(), 5, 2, now).stream()
                .map(RoutingCandidates.Candidate::personKey).toList(), contains("ben", "ana"));
    }

    @Test
    public void escalation_asksTheNextExpertsAtMostTwiceAndNobodyTwice() {
        List<String> people = List.of("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10", "p11");
        for (int i = 0; i < people.size(); i++) {
            answers(people.get(i), 20 - i);
        }
        long question = ask("zed").id();
        routing.routeNewQuestion(question);
        assertThat(routing.escalateDue(), is(0));

        now = now.plus(Duration.ofHours(49));
        assertThat(routing.escalateDue(), is(3));
        assertThat(routing.escalateDue(), is(0));
        now = now.plus(Duration.ofHours(49));
        assertThat(routing.escalateDue(), is(3));
        now = now.plus(Duration.ofHours(49));
        assertThat(routing.escalateDue(), is(0));

        List<RoutedPerson> routed = routingDao.findByQuestion(question);
        assertThat(routed.stream().map(RoutedPerson::round).toList(), contains(1, 1, 1, 2, 2, 2, 3, 3, 3));
        assertThat(new HashSet<>(notified).size(), is(9));
        assertThat(notified.size(), is(9));
    }

    @Test
    public void escalation_leavesAnsweredQuestionsAlone() {
        answers("ana", 5);
        answers("ben", 4);
        long question = ask("zed").id();
        routing.routeNewQuestion(question);
        transactions.inTransaction(() -> {
            questionDao.addToAnswerCount(question, 1, now);
            return null;
        });
        now = now.plus(Duration.ofHours(49));

        assertThat(routing.escalateDue(), is(0));
        assertThat(routingDao.findByQuestion(question).stream().map(RoutedPerson::personKey).toList(),
                containsInAnyOrder("ana", "ben"));
    }

    private long lastQuestion;

    private Question ask(String asker) {
        Question question = transactions.inTransaction(() -> questionDao.insert(coffee, asker, "How do I pull a shot?",
                "With **care**.", List.of("espresso"), now));
        lastQuestion = question.id();
        return question;
    }

    /** Gives the person that many answers in espresso, a year before the start. */
    private void answers(String person, int count) {
        transactions.inTransactionRetryingOnConflict(() -> {
            for (int i = 0; i < count; i++) {
                EvidenceItem item = new EvidenceItem(person, "espresso", coffee, EvidenceKind.ANSWER,
                        postIds.incrementAndGet(), 1L, 1, START.minus(Duration.ofDays(365)));
                evidenceDao.insert(item);
                evidenceDao.addToCell(person, "espresso", coffee, ScoreChange.of(item, 1));
            }
            return null;
        });
    }

    private void profile(String person, Availability availability, Instant busyUntil) {
        transactions.inTransactionRetryingOnConflict(() -> {
            profileDao.save(new Profile(person, "", availability, busyUntil, List.of()), START);
            return null;
        });
    }
}

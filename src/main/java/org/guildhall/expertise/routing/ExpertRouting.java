package org.guildhall.expertise.routing;

import org.guildhall.admin.AuditLog;
import org.guildhall.community.Community;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.expertise.routing.RoutingCandidates.Candidate;
import org.guildhall.expertise.routing.ao.RoutingDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Routes questions to the people most likely to answer them: up to {@value #PER_ROUND} when a question is asked, and
 * up to {@value #PER_ROUND} more in each of at most {@value #MAX_ESCALATIONS} escalations while it stays unanswered.
 * Who is picked: {@link RoutingCandidates}. Each pick is recorded (once per question and person) before its
 * notification is sent ({@link RoutingNotifier}).
 */
@Component
public class ExpertRouting {

    public static final int PER_ROUND = 3;
    public static final int MAX_ESCALATIONS = 2;
    static final int LAST_ROUND = 1 + MAX_ESCALATIONS;

    private final QuestionDao questionDao;
    private final CommunityDao communityDao;
    private final RoutingDao routingDao;
    private final RoutingCandidates candidates;
    private final RoutingNotifier notifier;
    private final QaPermissions permissions;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final People people;
    private final Clock clock;
    private final AuditLog auditLog;

    public ExpertRouting(QuestionDao questionDao, CommunityDao communityDao, RoutingDao routingDao,
                         RoutingCandidates candidates, RoutingNotifier notifier, QaPermissions permissions,
                         CurrentUser currentUser, Transactions transactions, People people, Clock clock,
                         AuditLog auditLog) {
        this.questionDao = questionDao;
        this.communityDao = communityDao;
        this.routingDao = routingDao;
        this.candidates = candidates;
        this.notifier = notifier;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.people = people;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    /**
     * Routes a question just asked (round 1). For the app's background work only: no current user is involved.
     * Nothing happens for a question deleted, closed or already routed meanwhile.
     *
     * @return the people asked
     */
    public List<String> routeNewQuestion(long questionId) {
        return questionDao.find(questionId).filter(ExpertRouting::open)
                .filter(question -> routingDao.findByQuestion(questionId).isEmpty())
                .map(question -> route(question, 1)).orElse(List.of());
    }

    /**
     * Asks the next experts about every question whose latest routing round is older than the escalation delay and
     * still has no answer, at most {@value #MAX_ESCALATIONS} times per question. Idempotent: a second run right after
     * finds the new round too recent. For the scheduled job only.
     *
     * @return the number of people asked
     */
    public int escalateDue() {
        Instant now = clock.now();
        Duration delay = Duration.ofHours(routingDao.settings().escalationHours());
        // Questions routed long ago are settled: looking back a bounded time keeps each run's work bounded.
        Instant horizon = now.minus(delay.multipliedBy(LAST_ROUND)).minus(Duration.ofDays(7));
        int asked = 0;
        for (Map.Entry<Long, Integer> due : routingDao.findEscalationCandidates(horizon, now.minus(delay), LAST_ROUND)
                .entrySet()) {
            Optional<Question> question = questionDao.find(due.getKey())
                    .filter(found -> open(found) && found.answerCount() == 0);
            if (question.isPresent()) {
                asked += route(question.get(), due.getValue() + 1).size();
            }
        }
        return asked;
    }

    private List<String> route(Question question, int round) {
        Optional<Community> community = communityDao.findById(question.communityId()).filter(Community::enabled);
        if (community.isEmpty() || question.topics().isEmpty()) {
            return List.of();
        }
        Instant now = clock.now();
        Set<String> excluded = new HashSet<>();
        Optional.ofNullable(question.author().userKey()).ifPresent(excluded::add);
        routingDao.findByQuestion(question.id()).forEach(routed -> excluded.add(routed.personKey()));
        RoutingSettings settings = routingDao.settings();
        List<String> picked = candidates.pick(question.communityId(), community.get().spaceKey(), question.topics(),
                excluded, settings.weeklyCap(), PER_ROUND, now).stream().map(Candidate::personKey).toList();
        if (picked.isEmpty()) {
            return List.of();
        }
        transactions.inTransaction(() -> {
            picked.forEach(key -> routingDao.insert(question.id(), key, round, now));
            return null;
        });
        picked.forEach(key -> notifier.notify(question, community.get(), key));
        return picked;
    }

    private static boolean open(Question question) {
        return !question.deleted() && !question.closed();
    }

    /**
     * Who a question was routed to. Only its asker and its community's moderators.
     *
     * @throws org.guildhall.platform.GuildhallException.NotFound (404) when the caller may not see the question
     * @throws AccessDenied (401 anonymous, 403 others)
     */
    public List<RoutedView> routing(long questionId) {
        Access access = permissions.access(questionId);
        String caller = access.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        QaPermissions.require(caller.equals(access.question().author().userKey()) || access.moderator(),
                "guildhall.error.routing.not-allowed");
        List<RoutedPerson> routed = routingDao.findByQuestion(questionId);
        Map<String, Person> known = people.findAll(routed.stream().map(RoutedPerson::personKey).toList());
        return routed.stream().map(person -> new RoutedView(person, Optional.ofNullable(known.get(person.personKey()))
                .map(Person::displayName).orElse(person.personKey()))).toList();
    }

    /**
     * Whether the question was routed to the caller (and whether they declined it): the question page offers a routed
     * person "Not my area" with it. Anyone who may see the question.
     *
     * @return the caller's routing, or empty when the question was not routed to them
     * @throws org.guildhall.platform.GuildhallException.NotFound (404) when the caller may not see the question
     * @throws AccessDenied (401) when anonymous
     */
    public Optional<RoutedPerson> mine(long questionId) {
        Access access = permissions.access(questionId);
        String caller = access.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        return routingDao.findByQuestion(questionId).stream().filter(person -> person.personKey().equals(caller))
                .findFirst();
    }

    /** A routed person with their display name (their key when Confluence no longer knows them). */
    public record RoutedView(RoutedPerson routed, String displayName) {
    }

    /**
     * The caller, whom the question was routed to, declines it ("not my area"): recorded on the routing, and each of
     * the question's topics counts one more decline against them in future routing.
     *
     * @throws org.guildhall.platform.GuildhallException.NotFound (404) when the caller may not see the question
     * @throws AccessDenied (401 anonymous, 403 when the question was not routed to the caller)
     * @throws Conflict (409) when they declined it already
     */
    public RoutedPerson decline(long questionId) {
        Access access = permissions.access(questionId);
        String caller = access.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        RoutedPerson routed = routingDao.findByQuestion(questionId).stream()
                .filter(person -> person.personKey().equals(caller)).findFirst()
                .orElseThrow(() -> new AccessDenied("guildhall.error.routing.not-routed"));
        if (routed.declinedAt() != null) {
            throw new Conflict("guildhall.error.routing.declined-already");
        }
        Instant now = clock.now();
        boolean declined = transactions.inTransactionRetryingOnConflict(() -> {
            if (!routingDao.markDeclined(questionId, caller, now)) {
                return false;
            }
            access.question().topics().forEach(topic -> routingDao.addDecline(caller, topic));
            return true;
        });
        if (!declined) {
            throw new Conflict("guildhall.error.routing.declined-already");
        }
        return new RoutedPerson(questionId, caller, routed.round(), routed.askedAt(), now);
    }

    /** @return the routing settings; system administrators only (401/403 otherwise) */
    public RoutingSettings settings() {
        requireAdministrator();
        return routingDao.settings();
    }

    /**
     * Saves the routing settings. System administrators only.
     *
     * @throws InvalidInput naming {@code weeklyCap} (1–100) or {@code escalationHours} (1–720), nothing saved
     */
    public RoutingSettings saveSettings(Integer weeklyCap, Integer escalationHours) {
        requireAdministrator();
        Map<String, String> errors = RoutingSettings.errors(weeklyCap, escalationHours);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RoutingSettings settings = new RoutingSettings(weeklyCap, escalationHours);
        transactions.inTransactionRetryingOnConflict(() -> {
            RoutingSettings before = routingDao.settings();
            routingDao.saveSettings(settings);
            auditLog.recordChange("routing", before, settings);
            return null;
        });
        return settings;
    }

    private void requireAdministrator() {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        if (!currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.routing.not-admin");
        }
    }
}

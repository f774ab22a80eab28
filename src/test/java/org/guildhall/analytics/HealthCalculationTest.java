package org.guildhall.analytics;

import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Week;
import org.guildhall.analytics.HealthRows.Unanswered;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.community.MembershipAction;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.expertise.routing.ao.RoutingDao;
import org.guildhall.qa.PostType;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.VoteDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * A small community with a known history, every figure of two periods asserted on every database: self-answers,
 * deleted posts, a person who left, a question asked in one period and answered in the next, routed questions.
 */
public class HealthCalculationTest extends ActiveObjectsTest {

    private static final long C = 1;
    private static final long D = 2;
    /** The period: 1–14 March 2026; the previous period is 15–28 February. */
    private static final HealthPeriod PERIOD = new HealthPeriod(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-03-15"));

    private QuestionDao questions;
    private AnswerDao answers;
    private CommentDao comments;
    private VoteDao votes;
    private MembershipDao memberships;
    private RoutingDao routing;
    private HealthDao dao;
    private FirstPostDao firstPosts;

    @Before
    public void createDaos() {
        questions = new QuestionDao(ao);
        answers = new AnswerDao(ao);
        comments = new CommentDao(ao);
        votes = new VoteDao(ao);
        memberships = new MembershipDao(ao);
        routing = new RoutingDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        dao = new HealthDao(new EntityManagerTransactionalExecutorFactory(ao));
        firstPosts = new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        buildHistory();
        // the history is written through the DAOs, as an import writes it: first posts are recounted after
        firstPosts.recountCommunities(List.of(C, D));
    }

    private long q1;
    private long q2;
    private long q3;
    private long q5;

    private static Instant at(String time) {
        return Instant.parse(time);
    }

    private void buildHistory() {
        ao.executeInTransaction(() -> {
            member(C, "ann", "2025-12-01T00:00:00Z");
            member(C, "bob", "2025-12-01T00:00:00Z");
            member(D, "cat", "2025-12-01T00:00:00Z");
            member(C, "dan", "2026-03-09T09:00:00Z");
            memberships.log(C, "dan", "dan", MembershipAction.JOINED, MembershipRole.MEMBER, MembershipState.MEMBER,
                    null, at("2026-03-09T09:00:00Z"));
            memberships.log(C, "eve", "eve", MembershipAction.JOINED, MembershipRole.MEMBER, MembershipState.MEMBER,
                    null, at("2026-02-16T09:00:00Z"));
            memberships.log(C, "eve", "eve", MembershipAction.LEFT, MembershipRole.MEMBER, MembershipState.NONE,
                    null, at("2026-03-06T09:00:00Z"));

            // before both periods: ann and bob have posted already
            ask("ann", "2026-01-05T10:00:00Z");
            ask("bob", "2026-01-10T10:00:00Z");

            // previous period: q1 answered in 2 hours by eve (then a member), accepted after a day
            q1 = ask("ann", "2026-02-20T10:00:00Z");
            long eveAnswer = answer(q1, "eve", "2026-02-20T12:00:00Z");
            answers.setAccepted(eveAnswer, "ann", at("2026-02-21T10:00:00Z"));
            // q2 is asked in the previous period and answered in this one
            q2 = ask("ann", "2026-02-27T10:00:00Z");
            answer(q2, "bob", "2026-03-02T10:00:00Z");

            // this period
            q3 = ask("ann", "2026-03-02T09:00:00Z");
            answer(q3, "ann", "2026-03-02T09:30:00Z"); // a self-answer: not a first answer
            answer(q3, "cat", "2026-03-02T13:00:00Z"); // from another community: cross-pollination
            long bobAnswer = answer(q3, "bob", "2026-03-03T09:00:00Z");
            answers.setAccepted(bobAnswer, "ann", at("2026-03-04T09:00:00Z"));
            comments.insert(PostType.QUESTION, q3, q3, C, "eve", "Have you tried a finer grind?",
                    at("2026-03-05T09:00:00Z"));
            votes.set(PostType.ANSWER, bobAnswer, C, "vic", 1, at("2026-03-08T00:00:00Z"));
            answers.addToScore(bobAnswer, 1);

            long q4 = ask("dan", "2026-03-09T10:00:00Z");
            answer(q4, "bob", "2026-03-09T11:00:00Z");
            routing.insert(q4, "bob", 1, at("2026-03-09T10:00:00Z"));
            routing.insert(q4, "cat", 1, at("2026-03-09T10:00:00Z"));
            routing.markDeclined(q4, "cat", at("2026-03-09T10:30:00Z"));

            q5 = ask("bob", "2026-03-10T08:00:00Z");
            long deletedAnswer = answers.insert(q5, C, "cat", "deleted", at("2026-03-10T09:00:00Z")).id();
            answers.setDeleted(deletedAnswer, true, "cat", at("2026-03-10T09:10:00Z"));

            long q6 = ask("ann", "2026-03-11T10:00:00Z");
            questions.setDeleted(q6, true, "ann", at("2026-03-11T11:00:00Z"));

            long q7 = ask("ann", "2026-03-12T10:00:00Z");
            answer(q7, "dan", "2026-03-12T10:30:00Z");
            routing.insert(q7, "cat", 1, at("2026-03-12T10:00:00Z"));

            // after the period: neither counts for it
            answer(q5, "bob", "2026-03-16T10:00:00Z");
            ask("ann", "2026-03-15T00:00:00Z");
            // another community's activity never counts here
            ask("cat", "2026-03-03T10:00:00Z", D);
            return null;
        });
    }

    private void member(long community, String userKey, String at) {
        memberships.insert(community, userKey, MembershipRole.MEMBER, MembershipState.MEMBER, userKey, null, at(at));
    }

    private long ask(String author, String at) {
        return ask(author, at, C);
    }

    private long ask(String author, String at, long community) {
        return questions.insert(community, author, "Question of " + author + " at " + at, "body", List.of(), at(at))
                .id();
    }

    private long answer(long questionId, String author, String at) {
        // whether it crosses communities, stored as Posting stores it: from the memberships at this moment
        String asker = questions.find(questionId).orElseThrow().author().userKey();
        long id = answers.insert(questionId, C, author, "answer", at(at), memberships.isOutsider(asker, author)).id();
        questions.addToAnswerCount(questionId, 1, at(at));
        return id;
    }

    @Test
    public void currentPeriod_everyFigure() {
        HealthFigures figures = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C, D)).current(C);

        assertThat("ann, bob, cat, dan, eve (a comment before leaving), vic (a vote)", figures.activeMembers(), is(6));
        assertThat("dan joined", figures.newMembers(), is(1));
        assertThat("eve left", figures.leftMembers(), is(1));
        assertThat("ann, bob and eve had posted before", figures.returningMembers(), is(3));
        assertThat("q3, q4, q5, q7; q6 was deleted, q2 belongs to the previous period", figures.questionsAsked(), is(4));
        assertThat("q3, q4, q7: q5 has only a deleted answer in the period", figures.answeredShare(), is(0.75));
        assertThat("q3", figures.acceptedShare(), is(0.25));
        assertThat("q3 4 h (not ann's self-answer), q4 1 h, q7 30 min", figures.firstAnswerMedian(), is(3600L));
        assertThat(figures.firstAnswerP90(), is(4 * 3600L));
        assertThat("q3 accepted after 48 h", figures.acceptedMedian(), is(48 * 3600L));
        assertThat("q3: cat belongs only to another community", figures.crossPollinationShare(),
                closeTo(1.0 / 3, 1e-9));
        assertThat("q3 (cat) and q7 (dan) were answered by newcomers", figures.firstTimeShare(),
                closeTo(2.0 / 3, 1e-9));
        assertThat("cat and dan posted first; vic only voted", figures.newcomers(), is(2));
        assertThat("q4 and q7", figures.routedQuestions(), is(2));
        assertThat("q4 by bob, routed to him", figures.routedAnsweredShare(), is(0.5));
        assertThat("cat declined q4", figures.routingDeclines(), is(1));
    }

    @Test
    public void previousPeriod_everyFigure() {
        HealthFigures figures = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C)).previous(C);

        assertThat("ann asked, eve answered", figures.activeMembers(), is(2));
        assertThat(figures.newMembers(), is(1));
        assertThat(figures.leftMembers(), is(0));
        assertThat("ann had posted before", figures.returningMembers(), is(1));
        assertThat(figures.questionsAsked(), is(2));
        assertThat("q2's answer came after the period ended", figures.answeredShare(), is(0.5));
        assertThat(figures.acceptedShare(), is(0.5));
        assertThat(figures.firstAnswerMedian(), is(7200L));
        assertThat(figures.firstAnswerP90(), is(7200L));
        assertThat(figures.acceptedMedian(), is(24 * 3600L));
        assertThat("eve has left, so she belongs to none of ann's communities now",
                figures.crossPollinationShare(), is(1.0));
        assertThat("eve's first post", figures.firstTimeShare(), is(1.0));
        assertThat(figures.newcomers(), is(1));
        assertThat(figures.routedQuestions(), is(0));
        assertThat(figures.routedAnsweredShare(), nullValue());
        assertThat(figures.routingDeclines(), is(0));
    }

    @Test
    public void routedQuestions_countInThePeriodTheyWereAsked_wheneverTheyWereRouted() {
        ao.executeInTransaction(() -> {
            // asked as the period began, routed by a node whose clock was 40 minutes behind
            long q8 = ask("ann", "2026-03-01T00:30:00Z");
            routing.insert(q8, "bob", 1, at("2026-02-28T23:50:00Z"));
            answer(q8, "bob", "2026-03-01T02:00:00Z");
            // asked in the previous period, routed again (a second round) in this one
            routing.insert(q2, "cat", 2, at("2026-03-05T10:00:00Z"));
            return null;
        });
        HealthCalculation calculation = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C));

        assertThat("q4, q7 and q8", calculation.current(C).routedQuestions(), is(3));
        assertThat("q4 by bob and q8 by bob, each routed to him", calculation.current(C).routedAnsweredShare(),
                closeTo(2.0 / 3, 1e-9));
        assertThat("q2, routed after its period ended", calculation.previous(C).routedQuestions(), is(1));
        assertThat("cat did not answer q2", calculation.previous(C).routedAnsweredShare(), is(0.0));
    }

    @Test
    public void weeks_countDistinctPeoplePerKind() {
        List<Week> weeks = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C)).weeks(C);

        assertThat(weeks, contains(
                new Week(LocalDate.parse("2026-03-01"), 4, 1, 3, 1, 0),
                new Week(LocalDate.parse("2026-03-08"), 4, 3, 2, 0, 1)));
    }

    @Test
    public void championsAndNewcomers_ofThePeriod() {
        HealthCalculation calculation = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C));

        assertThat(calculation.champions(C).stream().sorted(java.util.Comparator.comparing(Champion::person))
                .toList(), contains(
                new Champion("ann", "ann", 1, 0, 0),
                new Champion("bob", "bob", 3, 1, 1),
                new Champion("cat", "cat", 1, 0, 0),
                new Champion("dan", "dan", 1, 0, 0)));
        assertThat(calculation.newcomers(C).stream().map(HealthReport.Newcomer::person).toList(),
                contains("cat", "dan"));
    }

    @Test
    public void unanswered_oldestFirst_leavesOutDeletedAnsweredAndRecent() {
        // q5 (answered since), q6 (deleted) and the question of 15 March (too recent) are left out
        List<Unanswered> unanswered = dao.unanswered(C, at("2026-03-14T00:00:00Z"), 20);

        assertThat(unanswered.stream().map(Unanswered::askedAt).toList(), contains(at("2026-01-05T10:00:00Z"),
                at("2026-01-10T10:00:00Z")));
        assertThat(dao.countUnanswered(C, at("2026-03-14T00:00:00Z")), is(2));
        assertThat(dao.countUnanswered(C, at("2026-03-16T00:00:00Z")), is(3));
        assertThat(dao.unanswered(C, at("2026-03-14T00:00:00Z"), 1).size(), is(1));
    }

    @Test
    public void emptyPeriod_sharesAndTimesAreNull() {
        HealthFigures figures = HealthCalculation.read(new HealthPeriod(LocalDate.parse("2020-01-01"),
                LocalDate.parse("2020-01-08")), dao, firstPosts, List.of(C)).current(C);

        assertThat(figures.questionsAsked(), is(0));
        assertThat(figures.answeredShare(), nullValue());
        assertThat(figures.firstAnswerMedian(), nullValue());
        assertThat(figures.activeMembers(), is(0));
    }
}

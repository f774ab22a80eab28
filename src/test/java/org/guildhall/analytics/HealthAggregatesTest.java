package org.guildhall.analytics;

import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

/**
 * What the database counts for community health, checked against the same figures worked out in Java from the
 * history written: times to answer as nearest ranks of every question's time, many communities read at once (more
 * than one statement's worth) giving each community's own figures, imported authors, and ties at the lists' limits.
 */
public class HealthAggregatesTest extends ActiveObjectsTest {

    private static final long C = 1;
    /** Far from C, so that reading C to D takes more than one statement's list of communities */
    private static final long D = 777;
    private static final HealthPeriod PERIOD = new HealthPeriod(LocalDate.parse("2026-03-01"),
            LocalDate.parse("2026-03-15"));
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private QuestionDao questions;
    private AnswerDao answers;
    private HealthDao dao;
    private FirstPostDao firstPosts;

    @Before
    public void createDaos() {
        questions = new QuestionDao(ao);
        answers = new AnswerDao(ao);
        dao = new HealthDao(new EntityManagerTransactionalExecutorFactory(ao));
        firstPosts = new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    /** Expected times of one community: first answers by others, and acceptances, in seconds. */
    private record Times(List<Long> firstAnswers, List<Long> accepted) {
    }

    private Times history(long community, int count, long seed) {
        Random random = new Random(seed);
        List<Long> firstAnswers = new ArrayList<>();
        List<Long> accepted = new ArrayList<>();
        ao.executeInTransaction(() -> {
            for (int i = 0; i < count; i++) {
                Instant asked = START.plus(Duration.ofMinutes(37L * i + community));
                long question = questions.insert(community, "asker-" + (i % 3), "Question " + i, "body", List.of(),
                        asked).id();
                // a quick self-answer never counts as the first answer
                answers.insert(question, community, "asker-" + (i % 3), "self", asked.plusSeconds(5));
                // some equal times, most different, one after the period (not answered in it)
                long first = i % 5 == 0 ? 3_600 : 60 + random.nextInt(200_000);
                Instant firstAt = asked.plusSeconds(first);
                long answer = answers.insert(question, community, "helper-" + (i % 4), "first", firstAt)
                        .id();
                answers.insert(question, community, "helper-9", "later", firstAt.plusSeconds(1 + random.nextInt(9)));
                if (firstAt.isBefore(PERIOD.end())) {
                    firstAnswers.add(first);
                }
                if (i % 2 == 0) {
                    Instant acceptedAt = firstAt.plusSeconds(random.nextInt(100_000));
                    answers.setAccepted(answer, "asker-" + (i % 3), acceptedAt);
                    if (acceptedAt.isBefore(PERIOD.end())) {
                        accepted.add(Duration.between(asked, acceptedAt).getSeconds());
                    }
                }
            }
            return null;
        });
        return new Times(firstAnswers, accepted);
    }

    @Test
    public void answerTimes_areTheNearestRanksOfEveryQuestionsTime() {
        Times c = history(C, 23, 7);
        Times d = history(D, 10, 11);

        HealthCalculation calculation = HealthCalculation.read(PERIOD, dao, firstPosts,
                LongStream.rangeClosed(C, D).boxed().toList());

        for (var community : List.of(new Object[]{C, c}, new Object[]{D, d})) {
            HealthFigures figures = calculation.current((Long) community[0]);
            Times times = (Times) community[1];
            assertThat(figures.firstAnswerMedian(), is(HealthCalculation.percentile(times.firstAnswers(), 50)));
            assertThat(figures.firstAnswerP90(), is(HealthCalculation.percentile(times.firstAnswers(), 90)));
            assertThat(figures.acceptedMedian(), is(HealthCalculation.percentile(times.accepted(), 50)));
        }
        assertThat(calculation.current(C).questionsAsked(), is(23));
        assertThat(calculation.current(D).questionsAsked(), is(10));
    }

    @Test
    public void manyCommunitiesAtOnce_eachAsReadAlone() {
        history(C, 12, 3);
        history(D, 9, 5);
        firstPosts.recountCommunities(List.of(C, D));

        HealthCalculation all = HealthCalculation.read(PERIOD, dao, firstPosts,
                LongStream.rangeClosed(C, D).boxed().toList());

        for (long community : List.of(C, D)) {
            HealthCalculation alone = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(community));
            assertThat(all.current(community), is(alone.current(community)));
            assertThat(all.previous(community), is(alone.previous(community)));
        }
        assertThat("asker-0..2, helper-0..3 and helper-9", all.current(D).activeMembers(), is(8));
        assertThat(all.current(D).newcomers(), is(8));
        assertThat("a community without posts", all.current(2).questionsAsked(), is(0));
    }

    @Test
    public void importedAuthors_countAsPeopleByTheirExternalId() {
        ao.executeInTransaction(() -> {
            long question = questions.insert(C, "someone", "Imported", "body", List.of(),
                    START.plusSeconds(60)).id();
            imported(ao.get(QuestionEntity.class, (int) question), 1);
            long self = answers.insert(question, C, "someone", "self", START.plusSeconds(120)).id();
            importedAnswer(self, 1);
            long other = answers.insert(question, C, "someone", "other", START.plusSeconds(600)).id();
            importedAnswer(other, 2);
            long unanswered = questions.insert(C, "someone", "Imported too", "body", List.of(),
                    START.plusSeconds(900)).id();
            imported(ao.get(QuestionEntity.class, (int) unanswered), 3);
            long selfOnly = answers.insert(unanswered, C, "someone", "self", START.plusSeconds(960)).id();
            importedAnswer(selfOnly, 3);
            return null;
        });
        firstPosts.recountCommunities(List.of(C));

        HealthCalculation calculation = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C));
        HealthFigures figures = calculation.current(C);

        assertThat("external:1, 2 and 3", figures.activeMembers(), is(3));
        assertThat(figures.newcomers(), is(3));
        assertThat("external:2 answered external:1; external:3 only answered themselves", figures.answeredShare(),
                is(0.5));
        assertThat(figures.firstAnswerMedian(), is(540L));
        assertThat("imported authors are no Confluence users", figures.crossPollinationShare(), is(0.0));
        assertThat(calculation.newcomers(C).stream().map(Newcomer::person).toList(),
                contains("external:1", "external:2", "external:3"));
    }

    private static void imported(QuestionEntity question, int externalId) {
        question.setAuthorKey(null);
        question.setExternalAuthorId(externalId);
        question.save();
    }

    private void importedAnswer(long id, int externalId) {
        AnswerEntity answer = ao.get(AnswerEntity.class, (int) id);
        answer.setAuthorKey(null);
        answer.setExternalAuthorId(externalId);
        answer.save();
    }

    @Test
    public void champions_everyoneTiedAtTheLimitIsACandidate() {
        ao.executeInTransaction(() -> {
            long question = questions.insert(C, "asker", "Popular", "body", List.of(), START.plusSeconds(60)).id();
            // eight people with one answer each: all tie for the first place
            for (int i = 0; i < 8; i++) {
                answers.insert(question, C, "tied-" + i, "answer", START.plusSeconds(120 + i));
            }
            // one with two answers leads; below them everyone ties
            answers.insert(question, C, "leader", "answer", START.plusSeconds(200));
            answers.insert(question, C, "leader", "answer", START.plusSeconds(201));
            return null;
        });

        List<Champion> champions = HealthCalculation.read(PERIOD, dao, firstPosts, List.of(C)).champions(C);

        assertThat(champions.stream().map(Champion::person).toList(), containsInAnyOrder("leader", "tied-0",
                "tied-1", "tied-2", "tied-3", "tied-4", "tied-5", "tied-6", "tied-7"));
    }
}

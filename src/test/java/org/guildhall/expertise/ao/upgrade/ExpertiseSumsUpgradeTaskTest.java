package org.guildhall.expertise.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.ExpertiseScoring;
import org.guildhall.expertise.ScoreCell;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.EvidenceEntity;
import org.guildhall.expertise.ao.ExpertiseScoreEntity;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.fail;

/**
 * Version 2 fills the pre-ranked sums from the evidence of the previous schema (which had items and topic cells only):
 * each person's all-communities sum per topic, and their general cell per community with each piece of work once.
 * A run that fails halfway (the database gone) is completed by the next one, which Active Objects makes on the next
 * start because a task's model version is recorded only once it succeeded.
 */
public class ExpertiseSumsUpgradeTaskTest extends ActiveObjectsUpgradeTest {

    private static final Instant AT = Instant.parse("2025-06-01T09:00:00Z");
    private static final long COFFEE = 1;
    private static final long TEA = 2;

    @Test
    public void upgrade_fillsTopicSumsAndGeneralCells_soTheRankedReadsFindThePeopleOfThePreviousSchema() {
        givenPreviousSchemaWithEvidence();

        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        EvidenceDao dao = dao();
        assertThat(dao.rankTopic("espresso", Optional.empty(), 10).stream().map(EvidenceDao.TopicScore::personKey)
                .toList(), contains("ann", "ben"));
        double answer = ExpertiseScoring.answerPoints(2) * ExpertiseScoring.weight(AT);
        double accepted = ExpertiseScoring.ACCEPTED_POINTS * ExpertiseScoring.weight(AT);
        assertThat(dao.rankTopic("espresso", Optional.empty(), 1).get(0).weighted(),
                closeTo(2 * answer + accepted, 1e-6));
        ScoreCell general = generalCell(dao, "ann", COFFEE);
        assertThat(general.items() + "/" + general.answers() + "/" + general.accepted(), is("2/1/1"));
        assertThat(general.weighted(), closeTo(answer + accepted, 1e-6));
        assertThat(dao.rankGeneral(TEA, 10).stream().map(EvidenceDao.TopicScore::personKey).toList(),
                contains("ann", "ben"));
    }

    @Test
    public void task_runAgainInSmallBatches_givesTheSameSums() {
        givenPreviousSchemaWithEvidence();
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();
        List<String> once = sums(dao());

        new ExpertiseSumsUpgradeTask(2).upgrade(ModelVersion.valueOf("2"), ao);

        assertThat(sums(dao()), is(once));
    }

    @Test
    public void aRunThatFailsHalfway_isCompletedByRunningItAgain_withTheSameSums() {
        givenPreviousSchemaWithEvidence();
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();
        List<String> once = sums(dao());

        ActiveObjects failingOnSecondWrite = failingOnCreate(2);
        try {
            new ExpertiseSumsUpgradeTask(2).upgrade(ModelVersion.valueOf("2"), failingOnSecondWrite);
            fail("the database went away halfway through the task");
        } catch (IllegalStateException expected) {
            assertThat(sums(dao()), is(not(once)));
        }
        // Active Objects records a task's model version only once it succeeded: the next start runs it again
        new ExpertiseSumsUpgradeTask(2).upgrade(ModelVersion.valueOf("2"), ao);

        assertThat(sums(dao()), is(once));
    }

    /** The test's Active Objects, but its {@code n}th bulk {@code create} fails as if the database went away. */
    private ActiveObjects failingOnCreate(int n) {
        AtomicInteger creates = new AtomicInteger();
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[]{ActiveObjects.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("create") && arguments.length == 2
                            && arguments[1] instanceof List && creates.incrementAndGet() == n) {
                        throw new IllegalStateException("connection lost");
                    }
                    try {
                        return method.invoke(ao, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void givenPreviousSchemaWithEvidence() {
        migrate(EvidenceEntity.class, ExpertiseScoreEntity.class);
        EvidenceDao dao = dao();
        for (String topic : List.of("espresso", "milk")) {
            dao.insert(new EvidenceItem("ann", topic, COFFEE, EvidenceKind.ANSWER, 11, 10L,
                    ExpertiseScoring.answerPoints(2), AT));
            dao.insert(new EvidenceItem("ann", topic, COFFEE, EvidenceKind.ACCEPTED, 11, 10L,
                    ExpertiseScoring.ACCEPTED_POINTS, AT));
        }
        dao.insert(new EvidenceItem("ann", "espresso", TEA, EvidenceKind.ANSWER, 21, 20L,
                ExpertiseScoring.answerPoints(2), AT));
        dao.insert(new EvidenceItem("ben", "espresso", TEA, EvidenceKind.QUESTION, 20, 20L,
                ExpertiseScoring.QUESTION_POINTS, AT));
    }

    private EvidenceDao dao() {
        return new EvidenceDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }

    private static ScoreCell generalCell(EvidenceDao dao, String person, long communityId) {
        return dao.findAllCells().stream().filter(cell -> cell.personKey().equals(person)
                && cell.topic().equals(EvidenceDao.GENERAL_TOPIC) && cell.communityId() == communityId)
                .findFirst().orElseThrow();
    }

    private static List<String> sums(EvidenceDao dao) {
        List<String> rows = new java.util.ArrayList<>();
        dao.findAllTopicScores().stream().sorted(Comparator.comparing(EvidenceDao.TopicScore::topic)
                        .thenComparing(EvidenceDao.TopicScore::personKey))
                .forEach(sum -> rows.add(sum.topic() + ":" + sum.personKey() + "=" + Math.round(sum.weighted() * 1e6)));
        dao.findAllCells().stream().filter(cell -> cell.topic().equals(EvidenceDao.GENERAL_TOPIC))
                .sorted(Comparator.comparing((ScoreCell cell) -> cell.communityId()).thenComparing(ScoreCell::personKey))
                .forEach(cell -> rows.add(cell.communityId() + ":" + cell.personKey() + "=" + cell.items()));
        return rows;
    }
}

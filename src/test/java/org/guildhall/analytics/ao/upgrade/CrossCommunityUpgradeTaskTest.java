package org.guildhall.analytics.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.QuestionEntity;
import org.guildhall.qa.ao.QuestionTopicEntity;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/**
 * Version 5 stores on every answer of the previous schema (which had no {@code CROSS_COMMUNITY}) whether it came from
 * outside the asker's communities, by the rule answering applies, from the memberships as they are when it runs; it
 * fills only answers without a value.
 */
public class CrossCommunityUpgradeTaskTest extends ActiveObjectsUpgradeTest {

    private static final int COFFEE = 1;
    private static final int TEA = 2;
    private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");

    private final Map<String, Integer> answers = new HashMap<>();

    @Test
    public void upgrade_storesForEveryAnswerWhetherItCameFromOutsideTheAskersCommunities() {
        givenPreviousSchemaWithAnswers();

        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        assertThat("cat is a member of tea only", crossCommunity("cat to ann"), is(Boolean.TRUE));
        assertThat("dan is a member nowhere", crossCommunity("dan to ann"), is(Boolean.TRUE));
        assertThat("deleted answers too, should they be restored", crossCommunity("cat to ann, deleted"),
                is(Boolean.TRUE));
        assertThat("bob is a member of coffee too", crossCommunity("bob to ann"), is(Boolean.FALSE));
        assertThat("a self-answer", crossCommunity("ann to ann"), is(Boolean.FALSE));
        assertThat("eve is a member nowhere", crossCommunity("cat to eve"), is(Boolean.FALSE));
        assertThat("an imported author", crossCommunity("external to ann"), is(Boolean.FALSE));
        assertThat(ao.count(AnswerEntity.class, AnswerEntity.CROSS_COMMUNITY + " IS NULL"), is(0));
        assertThat("q1 answered by cat and dan; q2 only by cat, to eve", new HealthDao(
                new EntityManagerTransactionalExecutorFactory(ao)).questionFigures(List.of((long) COFFEE), ASKED,
                ASKED.plusSeconds(7 * 24 * 3600L)).counts().get((long) COFFEE).crossPollinated(), is(1));
    }

    @Test
    public void task_runAgainInSmallBatches_fillsOnlyAnswersWithoutAValue() {
        givenPreviousSchemaWithAnswers();
        upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();
        // as written when bob was not yet a member, and by an older node during a rolling restart
        set("bob to ann", Boolean.TRUE);
        set("cat to ann", null);

        new CrossCommunityUpgradeTask(2).upgrade(ModelVersion.valueOf("5"), ao);

        assertThat("kept", crossCommunity("bob to ann"), is(Boolean.TRUE));
        assertThat("filled", crossCommunity("cat to ann"), is(Boolean.TRUE));
        assertThat(crossCommunity("ann to ann"), is(Boolean.FALSE));
        assertThat(ao.count(AnswerEntity.class, AnswerEntity.CROSS_COMMUNITY + " IS NULL"), is(0));
    }

    @Test
    public void upgrade_onAnEmptyDatabase_leavesTheCurrentSchemaWorking() {
        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        assertThat(ao.count(AnswerEntity.class), is(0));
    }

    private void givenPreviousSchemaWithAnswers() {
        migrate(MembershipEntity.class, QuestionEntity.class, QuestionTopicEntity.class, AnswerBeforeVersion5.class);
        MembershipDao memberships = new MembershipDao(ao);
        QuestionDao questions = new QuestionDao(ao);
        ao.executeInTransaction(() -> {
            for (String member : List.of("ann", "bob")) {
                memberships.insert(COFFEE, member, MembershipRole.MEMBER, MembershipState.MEMBER, member, null, ASKED);
            }
            memberships.insert(TEA, "cat", MembershipRole.MEMBER, MembershipState.MEMBER, "cat", null, ASKED);
            memberships.insert(COFFEE, "cat", MembershipRole.MEMBER, MembershipState.BANNED, "mod", null, ASKED);
            int q1 = (int) questions.insert(COFFEE, "ann", "Grinder?", "body", List.of(), ASKED).id();
            int q2 = (int) questions.insert(COFFEE, "eve", "Beans?", "body", List.of(), ASKED).id();
            answer("cat to ann", q1, "cat", null, false);
            answer("dan to ann", q1, "dan", null, false);
            answer("cat to ann, deleted", q1, "cat", null, true);
            answer("bob to ann", q1, "bob", null, false);
            answer("ann to ann", q1, "ann", null, false);
            answer("external to ann", q1, null, 5, false);
            answer("cat to eve", q2, "cat", null, false);
            return null;
        });
    }

    private void answer(String name, int questionId, String authorKey, Integer externalId, boolean deleted) {
        Map<String, Object> row = new HashMap<>();
        row.put("QUESTION_ID", questionId);
        row.put("COMMUNITY_ID", COFFEE);
        row.put("AUTHOR_KEY", authorKey);
        row.put("EXTERNAL_AUTHOR_ID", externalId);
        row.put("BODY_TEXT", name);
        row.put("SCORE", 0);
        row.put("ACCEPTED_KEY", "open:" + UUID.randomUUID());
        row.put("DELETED", deleted);
        row.put("REVISION", 1);
        Date at = Date.from(ASKED.plusSeconds(3600 * (answers.size() + 1)));
        row.put("CREATED_AT", at);
        row.put("UPDATED_AT", at);
        row.put("SOURCE_KEY", "local:" + UUID.randomUUID());
        row.put("LOCK_TOKEN", 0);
        answers.put(name, ao.create(AnswerBeforeVersion5.class, row).getID());
    }

    private Boolean crossCommunity(String answer) {
        return ao.get(AnswerEntity.class, answers.get(answer)).getCrossCommunity();
    }

    private void set(String answer, Boolean crossCommunity) {
        AnswerEntity row = ao.get(AnswerEntity.class, answers.get(answer));
        row.setCrossCommunity(crossCommunity);
        row.save();
    }
}

package org.guildhall.community.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MemberNameTokenDao;
import org.guildhall.community.ao.MemberNameTokenEntity;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.testing.ActiveObjectsUpgradeTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

public class MemberWordStatesUpgradeTaskTest extends ActiveObjectsUpgradeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final int COFFEE = 1;
    private static final int TEA = 2;

    @Test
    public void upgrade_makesMembersOfThePreviousSchemaFindableByName_inTheirMembershipsState() {
        givenPreviousSchema();
        givenMember(COFFEE, "key-ann", MembershipState.MEMBER, "ann", "archer");
        givenMember(COFFEE, "key-abe", MembershipState.PENDING, "abe", "archer");
        givenMember(TEA, "key-ann", MembershipState.BANNED, "ann", "archer");
        givenWords(COFFEE, "key-left-long-ago", "archer");

        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        assertThat(find(COFFEE, MembershipState.MEMBER, "arch"), contains("key-ann"));
        assertThat(find(COFFEE, MembershipState.PENDING, "arch"), contains("key-abe"));
        assertThat(find(TEA, MembershipState.MEMBER, "arch"), is(empty()));
        assertThat(find(TEA, MembershipState.BANNED, "ann"), contains("key-ann"));
        assertThat(ao.count(MemberNameTokenEntity.class, MemberNameTokenEntity.MEMBER_STATE + " IS NULL"), is(0));
        assertThat(ao.count(MemberNameTokenEntity.class, MemberNameTokenEntity.USER_KEY + " = ?",
                "key-left-long-ago"), is(0));
    }

    @Test
    public void task_acrossBatches_givesEveryWordAState_andRunAgainChangesNothing() {
        givenPreviousSchema();
        for (int number = 1; number <= 5; number++) {
            givenMember(COFFEE, "key-" + number, MembershipState.MEMBER, "person", "p" + number);
        }
        MemberWordStatesUpgradeTask task = new MemberWordStatesUpgradeTask(3);

        task.upgrade(ModelVersion.valueOf("2"), ao);
        int words = ao.count(MemberWordsVersion3.class);
        task.upgrade(ModelVersion.valueOf("3"), ao);

        assertThat(words, is(10));
        assertThat(ao.count(MemberWordsVersion3.class), is(10));
        assertThat(ao.count(MemberWordsVersion3.class, MemberWordsVersion3.MEMBER_STATE + " IS NULL"), is(0));
        migrateCurrentSchema();
        assertThat(find(COFFEE, MembershipState.MEMBER, "person"),
                contains("key-1", "key-2", "key-3", "key-4", "key-5"));
    }

    @Test
    public void upgrade_onAnEmptyDatabase_leavesTheCurrentSchemaWorking() {
        ModelVersion version = upgrade(descriptorUpgradeTasks());
        migrateCurrentSchema();

        assertThat(version, is(latestVersion()));
        dao().replace(COFFEE, "key-new", MembershipState.MEMBER, List.of("newcomer"));
        assertThat(find(COFFEE, MembershipState.MEMBER, "new"), contains("key-new"));
    }

    private void givenPreviousSchema() {
        migrate(MembershipEntity.class, MemberWordBeforeVersion3.class);
    }

    private void givenMember(int communityId, String userKey, MembershipState state, String... words) {
        new MembershipDao(ao).insert(communityId, userKey, MembershipRole.MEMBER, state, userKey, "", NOW);
        givenWords(communityId, userKey, words);
    }

    private void givenWords(int communityId, String userKey, String... words) {
        for (String word : words) {
            ao.create(MemberWordBeforeVersion3.class,
                    new DBParam(MemberWordBeforeVersion3.COMMUNITY_ID, communityId),
                    new DBParam(MemberWordBeforeVersion3.USER_KEY, userKey),
                    new DBParam(MemberWordBeforeVersion3.TOKEN, word));
        }
    }

    private List<String> find(int communityId, MembershipState state, String word) {
        return dao().findUserKeys(communityId, state, Optional.empty(), List.of(word), Optional.empty(), 10);
    }

    private MemberNameTokenDao dao() {
        return new MemberNameTokenDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
    }
}

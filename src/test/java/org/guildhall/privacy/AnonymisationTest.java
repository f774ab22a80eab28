package org.guildhall.privacy;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.Follow;
import org.guildhall.activity.NewActivity;
import org.guildhall.activity.ao.ActivityDao;
import org.guildhall.activity.ao.ActivityEntity;
import org.guildhall.activity.ao.FollowDao;
import org.guildhall.admin.SystemAdministrators;
import org.guildhall.analytics.SpotlightRecipient;
import org.guildhall.analytics.ao.SpotlightDao;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.expertise.EvidenceRecorder;
import org.guildhall.expertise.ExpertiseRebuild;
import org.guildhall.expertise.ScoreCell;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.QuestionIdsDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.privacy.PersonalColumns.PersonalColumn;
import org.guildhall.privacy.ao.PersonalDataDao;
import org.guildhall.qa.CloseReason;
import org.guildhall.qa.ReputationCounts;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.ReputationDao;
import org.guildhall.qa.ao.ReputationEntity;
import org.guildhall.qa.importer.ao.ImportDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Anonymising a deleted person on every database: every column of {@link PersonalColumns} ends up without their key,
 * other people's follows of them go, what others did to them stays attributed to the former user, and their expertise
 * disappears at once and does not come back when their old answers are scored again (incrementally or by a rebuild).
 */
public class AnonymisationTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private PersonalData personalData;
    private PersonalDataDao dao;
    private VisibleCommunities visibleCommunities;
    private QuestionDao questionDao;
    private AnswerDao answerDao;
    private EvidenceDao evidenceDao;
    private EvidenceRecorder recorder;
    private ExpertiseRebuild rebuild;
    private FollowDao followDao;
    private ActivityDao activityDao;
    private ActiveObjectsTransactions transactions;

    @Before
    public void wire() {
        EntityManagerTransactionalExecutorFactory sql = new EntityManagerTransactionalExecutorFactory(ao);
        transactions = new ActiveObjectsTransactions(ao);
        visibleCommunities = mock(VisibleCommunities.class);
        dao = new PersonalDataDao(ao, sql, new MembershipDao(ao));
        personalData = new PersonalData(dao, new CommunityDao(ao, sql), transactions,
                mock(SystemAdministrators.class), visibleCommunities);
        questionDao = new QuestionDao(ao);
        answerDao = new AnswerDao(ao);
        evidenceDao = new EvidenceDao(ao, sql);
        recorder = new EvidenceRecorder(questionDao, answerDao, evidenceDao, transactions, mock(AppEvents.class));
        rebuild = new ExpertiseRebuild(evidenceDao, new QuestionIdsDao(ao), recorder, transactions,
                mock(CurrentUser.class));
        followDao = new FollowDao(ao);
        activityDao = new ActivityDao(ao, sql);
    }

    @Test
    public void anonymise_leavesNoColumnWithTheirKey_andRemovesOtherPeoplesFollowsOfThem() {
        long question = transactions.inTransaction(() -> questionDao.insert(1, "bob", "How fine to grind?", "Body",
                List.of("espresso"), NOW).id());
        long answer = transactions.inTransaction(() -> answerDao.insert(question, 1, "carol", "Fine.", NOW).id());
        transactions.inTransaction(() -> {
            answerDao.setAccepted(answer, "ann", NOW);
            questionDao.setClosed(question, CloseReason.OFF_TOPIC, null, "ann", NOW);
            return null;
        });
        followDao.follow(Follow.PERSON, "ann", "bob", NOW);
        followDao.follow(Follow.PERSON, "carol", "bob", NOW);
        followDao.follow(Follow.TOPIC, "ann", "carol", NOW); // a topic that happens to be spelt like her key
        activityDao.insert(new NewActivity(1, ActivityKind.MEMBER_JOINED, "ann", Follow.PERSON, "ann", null, null,
                "Coffee", "", "/display/COFFEE", NOW, "joined:1", List.of()));
        activityDao.insert(new NewActivity(1, ActivityKind.MEMBER_ROLE_CHANGED, "bob", Follow.PERSON, "ann", null,
                null, "Coffee", "moderator", "/display/COFFEE", NOW, "role:ann", List.of()));
        new ImportDao(ao).createRun(1, "coffee", "ann", NOW);

        String formerUser = personalData.anonymise("ann");

        for (PersonalColumn column : PersonalColumns.ALL) {
            assertThat(column.section(), dao.page(column.entity(), column.column(), column.condition(), "ann", 0, 10),
                    is(empty()));
        }
        assertThat(followDao.followers(Follow.PERSON, "ann"), is(empty()));
        assertThat(followDao.followers(Follow.PERSON, "carol"), containsInAnyOrder("bob"));
        assertThat(followDao.followers(Follow.TOPIC, "ann"), containsInAnyOrder("carol"));
        assertThat(questionDao.find(question).orElseThrow().closedBy(), is(formerUser));
        assertThat(answerDao.find(answer).orElseThrow().acceptedBy(), is(formerUser));
        ActivityEntity[] entries = ao.find(ActivityEntity.class);
        assertThat(Arrays.stream(entries).map(ActivityEntity::getTargetId).toList(),
                containsInAnyOrder(formerUser, formerUser));
        assertThat(Arrays.stream(entries).map(ActivityEntity::getGroupKey).toList(),
                containsInAnyOrder("joined:1", "role:" + formerUser));
        assertThat(formerUser, startsWith(PersonalData.FORMER_USER_PREFIX));
        verify(visibleCommunities).forget("ann");
    }

    @Test
    public void anonymise_removesThemAsASpotlightRecipient_butKeepsAGroupThatIsSpeltLikeTheirKey() {
        SpotlightDao spotlight = new SpotlightDao(ao);
        transactions.inTransaction(() -> {
            spotlight.replaceRecipients(1, List.of(SpotlightRecipient.person("ann"), SpotlightRecipient.person("bob"),
                    SpotlightRecipient.group("ann")));
            return null;
        });

        personalData.anonymise("ann");

        assertThat(spotlight.recipients(1), containsInAnyOrder(SpotlightRecipient.person("bob"),
                SpotlightRecipient.group("ann")));
    }

    @Test
    public void anonymise_removesTheirScoreCellsAtOnce_andRescoringTheirOldPostsNeverBringsThemBack() {
        long question = transactions.inTransaction(() -> questionDao.insert(1, "ann", "Which beans for espresso?",
                "Body", List.of("espresso"), NOW).id());
        long answer = transactions.inTransaction(() -> answerDao.insert(question, 1, "ann", "Her own answer.", NOW)
                .id());
        transactions.inTransaction(() -> answerDao.insert(question, 1, "bob", "His answer.", NOW));
        recorder.refreshQuestion(question);
        assertThat(cellOwners(), containsInAnyOrder("ann", "bob"));

        personalData.anonymise("ann");

        assertThat(cellOwners(), containsInAnyOrder("bob"));
        transactions.inTransaction(() -> {
            answerDao.addToScore(answer, 3); // a later vote on her old answer scores the question again
            return null;
        });
        recorder.refreshQuestion(question);
        assertThat(cellOwners(), containsInAnyOrder("bob"));
        rebuild.rebuild();
        assertThat(cellOwners(), containsInAnyOrder("bob"));
        assertThat(evidenceDao.findAllItems().stream().filter(item -> !item.personKey().equals("bob")).toList(),
                is(empty()));
    }

    @Test
    public void votesOnAFormerUsersOldPosts_earnThatAnonymousKeyNoReputation() {
        ReputationDao reputation = new ReputationDao(ao);
        transactions.inTransaction(() -> {
            reputation.add("ann", 0, 0, 2, 0, 1);
            return null;
        });

        String formerUser = personalData.anonymise("ann");
        transactions.inTransaction(() -> {
            reputation.add(formerUser, 0, 0, 1, 0, 1); // a later up-vote and acceptance of her old answer
            return null;
        });

        assertThat(ao.find(ReputationEntity.class).length, is(0));
        assertThat(reputation.find(List.of(formerUser)).get(formerUser), is(ReputationCounts.none(formerUser)));
    }

    /** The people who hold any score cell (a topic's or their general one). */
    private List<String> cellOwners() {
        return evidenceDao.findAllCells().stream().map(ScoreCell::personKey).distinct().toList();
    }
}

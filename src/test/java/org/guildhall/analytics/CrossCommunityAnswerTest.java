package org.guildhall.analytics;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.HealthDao;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.Visibility;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Posting;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Whether an answer comes from outside the asker's communities (community health's cross-pollination) is stored with
 * the answer as it is written, from the memberships of that moment; health counts it from there, and looks the
 * memberships up as they are now only for answers where it is not stored.
 */
public class CrossCommunityAnswerTest extends ActiveObjectsTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Posting posting;
    private MembershipDao memberships;
    private AnswerDao answers;
    private HealthDao health;
    private long coffee;
    private long tea;
    private Instant now = START;

    @Before
    public void wire() {
        EntityManagerTransactionalExecutorFactory sql = new EntityManagerTransactionalExecutorFactory(ao);
        CommunityDao communityDao = new CommunityDao(ao, sql);
        coffee = communityDao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("espresso"))), START).id();
        tea = communityDao.save("TEA", new CommunitySettings("Tea", "", Visibility.OPEN,
                Optional.of(List.of("sencha"))), START).id();
        memberships = new MembershipDao(ao);
        member(coffee, "ann");
        member(coffee, "bob");
        member(tea, "cat");
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(anyString())).thenReturn(true);
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(call -> Optional.ofNullable(CALLER.get()));
        QuestionDao questionDao = new QuestionDao(ao);
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        QaPermissions permissions = new QaPermissions(new VisibleCommunities(communityDao, spacePermissions),
                new MembershipPolicy(communityDao, memberships, spacePermissions, currentUser), questionDao);
        Clock clock = new Clock() {
            @Override
            public Instant now() {
                now = now.plusSeconds(3600);
                return now;
            }
        };
        answers = new AnswerDao(ao);
        posting = new Posting(permissions, questionDao, answers, new CommentDao(ao), new RevisionDao(ao),
                new TopicDao(ao), new FollowDao(ao), new FirstPostDao(ao, sql), memberships, transactions,
                mock(AppEvents.class), clock);
        health = new HealthDao(sql);
    }

    @Test
    public void answerByAMemberOfNoneOfTheAskersCommunities_isStoredAsCrossing() {
        Question question = as("ann", this::ask);

        Answer answer = as("cat", () -> posting.answer(question.id(), "A flat burr"));

        assertThat(crossCommunity(answer), is(Boolean.TRUE));
        assertThat(crossPollinated(), is(1));
    }

    @Test
    public void answerBySomeoneWhoIsNoMemberAnywhere_isStoredAsCrossing() {
        Question question = as("ann", this::ask);

        Answer answer = as("dan", () -> posting.answer(question.id(), "A flat burr"));

        assertThat(crossCommunity(answer), is(Boolean.TRUE));
    }

    @Test
    public void answerByAFellowMember_isNotCrossing() {
        Question question = as("ann", this::ask);

        Answer answer = as("bob", () -> posting.answer(question.id(), "A conical burr"));

        assertThat(crossCommunity(answer), is(Boolean.FALSE));
        assertThat(crossPollinated(), is(0));
    }

    @Test
    public void selfAnswer_isNotCrossing() {
        Question question = as("ann", this::ask);

        Answer answer = as("ann", () -> posting.answer(question.id(), "Found one"));

        assertThat(crossCommunity(answer), is(Boolean.FALSE));
        assertThat(crossPollinated(), is(0));
    }

    @Test
    public void answerToAnAskerWhoIsAMemberNowhere_isNotCrossing() {
        Question question = as("eve", this::ask);

        Answer answer = as("cat", () -> posting.answer(question.id(), "A flat burr"));

        assertThat(crossCommunity(answer), is(Boolean.FALSE));
        assertThat(crossPollinated(), is(0));
    }

    @Test
    public void anOutsiderWhoJoinsLater_stillCrossedWhenTheyAnswered() {
        Question question = as("ann", this::ask);
        as("cat", () -> posting.answer(question.id(), "A flat burr"));

        member(coffee, "cat");

        assertThat("the memberships at the time of answering count", crossPollinated(), is(1));
    }

    @Test
    public void answerWhoseCrossingIsNotStored_isCountedFromTheMembershipsAsTheyAreNow() {
        Question question = as("ann", this::ask);
        long answer = ao.executeInTransaction(() -> answers.insert(question.id(), coffee, "cat", "A flat burr",
                now.plusSeconds(60)).id());
        assertThat("as an older node writes it", crossCommunity(answer), is((Boolean) null));
        assertThat(crossPollinated(), is(1));

        member(coffee, "cat");

        assertThat(crossPollinated(), is(0));
    }

    private void member(long community, String userKey) {
        ao.executeInTransaction(() -> memberships.insert(community, userKey, MembershipRole.MEMBER,
                MembershipState.MEMBER, userKey, null, START));
    }

    private Question ask() {
        return posting.ask("COFFEE", "Which grinder for espresso?", "A fine, even grind at home.", List.of("espresso"));
    }

    private Boolean crossCommunity(Answer answer) {
        return crossCommunity(answer.id());
    }

    private Boolean crossCommunity(long answerId) {
        return ao.get(AnswerEntity.class, (int) answerId).getCrossCommunity();
    }

    private int crossPollinated() {
        return health.questionFigures(List.of(coffee), START, START.plusSeconds(30 * 24 * 3600L)).counts().get(coffee)
                .crossPollinated();
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T as(String userKey, Call<T> call) {
        CALLER.set(userKey);
        try {
            return call.run();
        } finally {
            CALLER.remove();
        }
    }
}

package org.guildhall.analytics;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.admin.SystemAdministrators;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.analytics.ao.FirstPostEntity;
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
import org.guildhall.privacy.PersonalData;
import org.guildhall.privacy.ao.PersonalDataDao;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Comment;
import org.guildhall.qa.Posting;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Each person's first post per community, which community health tells newcomers and returning members by, follows
 * the posts as they are written, deleted and restored, and as their author is anonymised: after every step it is what
 * recounting the community from its posts gives.
 */
public class FirstPostMaintenanceTest extends ActiveObjectsTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private Posting posting;
    private FirstPostDao firstPosts;
    private PersonalData personalData;
    private long coffee;
    private Instant now = START;

    @Before
    public void wire() {
        EntityManagerTransactionalExecutorFactory sql = new EntityManagerTransactionalExecutorFactory(ao);
        CommunityDao communityDao = new CommunityDao(ao, sql);
        coffee = communityDao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("espresso"))), START).id();
        MembershipDao memberships = new MembershipDao(ao);
        memberships.insert(coffee, "mod", MembershipRole.MODERATOR, MembershipState.MEMBER, "mod", null, START);
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(anyString())).thenReturn(true);
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(call -> Optional.ofNullable(CALLER.get()));
        QuestionDao questionDao = new QuestionDao(ao);
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        QaPermissions permissions = new QaPermissions(new VisibleCommunities(communityDao, spacePermissions),
                new MembershipPolicy(communityDao, memberships, spacePermissions, currentUser), questionDao);
        firstPosts = new FirstPostDao(ao, sql);
        Clock clock = new Clock() {
            @Override
            public Instant now() {
                now = now.plusSeconds(3600);
                return now;
            }
        };
        posting = new Posting(permissions, questionDao, new AnswerDao(ao), new CommentDao(ao), new RevisionDao(ao),
                new TopicDao(ao), new FollowDao(ao), firstPosts, memberships, transactions, mock(AppEvents.class),
                clock);
        personalData = new PersonalData(new PersonalDataDao(ao, sql, memberships), communityDao, transactions,
                mock(SystemAdministrators.class), mock(VisibleCommunities.class));
    }

    @Test
    public void writing_keepsEachPersonsEarliestPost() {
        Question question = as("ann", this::ask);
        as("ann", () -> posting.answer(question.id(), "A burr grinder"));
        Comment comment = as("bob", () -> posting.commentOnQuestion(question.id(), "Which budget?"));

        assertThat(rows(), contains(coffee + "|ann=" + question.createdAt(), coffee + "|bob=" + comment.createdAt()));
        assertThat(rows(), is(recounted()));
    }

    @Test
    public void deletingTheFirstPost_movesItToTheNextOne_andRestoringMovesItBack() {
        Question question = as("ann", this::ask);
        Answer answer = as("ann", () -> posting.answer(question.id(), "A burr grinder"));

        as("ann", () -> {
            posting.deleteQuestion(question.id());
            return null;
        });
        assertThat(rows(), contains(coffee + "|ann=" + answer.createdAt()));
        assertThat(rows(), is(recounted()));

        as("mod", () -> {
            posting.restoreQuestion(question.id());
            return null;
        });
        assertThat(rows(), contains(coffee + "|ann=" + question.createdAt()));
        assertThat(rows(), is(recounted()));
    }

    @Test
    public void deletingSomeonesOnlyPost_removesThem_untilItIsRestored() {
        Question question = as("ann", this::ask);
        Answer answer = as("bob", () -> posting.answer(question.id(), "A burr grinder"));
        Comment comment = as("cat", () -> posting.commentOnAnswer(answer.id(), "Agreed"));

        as("mod", () -> {
            posting.deleteAnswer(answer.id());
            posting.deleteComment(comment.id());
            return null;
        });
        assertThat(rows(), contains(coffee + "|ann=" + question.createdAt()));
        assertThat(rows(), is(recounted()));

        as("mod", () -> {
            posting.restoreAnswer(answer.id());
            return null;
        });
        assertThat(rows(), contains(coffee + "|ann=" + question.createdAt(), coffee + "|bob=" + answer.createdAt()));
        assertThat(rows(), is(recounted()));
    }

    @Test
    public void anonymisingAPerson_keepsTheirFirstPostUnderTheFormerUserKey() {
        Question question = as("ann", this::ask);

        String former = personalData.anonymise("ann");

        assertThat(former, startsWith(PersonalData.FORMER_USER_PREFIX));
        assertThat(rows(), contains(coffee + "|" + former + "=" + question.createdAt()));
        assertThat(rows(), is(recounted()));
    }

    private Question ask() {
        return posting.ask("COFFEE", "Which grinder for espresso?", "A fine, even grind at home.", List.of("espresso"));
    }

    private List<String> rows() {
        return Arrays.stream(ao.find(FirstPostEntity.class)).map(row -> row.getPairKey() + "="
                + row.getFirstAt().toInstant()).sorted().toList();
    }

    /** @return the rows recounting the community from its posts gives (what an import or the upgrade writes) */
    private List<String> recounted() {
        List<String> maintained = rows();
        firstPosts.recountCommunities(List.of(coffee));
        List<String> recounted = rows();
        assertThat("the recount replaced the maintained rows", recounted.size(), is(maintained.size()));
        return recounted;
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

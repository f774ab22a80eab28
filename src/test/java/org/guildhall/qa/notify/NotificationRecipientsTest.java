package org.guildhall.qa.notify;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.platform.People;
import org.guildhall.platform.UserSpacePermissions;
import org.guildhall.qa.Posting;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.guildhall.qa.notify.Recipient.Reason.FOLLOWER;
import static org.guildhall.qa.notify.Recipient.Reason.MENTIONED;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class NotificationRecipientsTest {

    private static final long QUESTION = 42;
    private static final String SPACE = "COFFEE";

    private final FollowDao followers = mock(FollowDao.class);
    private final People people = mock(People.class);
    private final UserSpacePermissions permissions = mock(UserSpacePermissions.class);
    private final NotificationRecipients recipients = new NotificationRecipients(followers, people, permissions);

    @Before
    public void everyoneKnownMayViewTheSpace() {
        when(permissions.canView(anyString(), anyString())).thenReturn(true);
        for (String name : List.of("alice", "bob", "carol", "dave")) {
            when(people.findByUsername(name)).thenReturn(Optional.of(new People.Person("key-" + name, name, name)));
        }
    }

    @Test
    public void of_notifiesFollowersButNeverThePersonWhoActed() {
        followedBy("key-alice", "key-bob");

        List<Recipient> to = recipients.of(answeredBy("key-bob"), "Grind finer.");

        assertThat(to, contains(new Recipient("key-alice", FOLLOWER)));
    }

    @Test
    public void of_leavesOutAFollowerWhoCanNoLongerViewTheSpace() {
        followedBy("key-alice", "key-carol");
        when(permissions.canView("key-carol", SPACE)).thenReturn(false);

        List<Recipient> to = recipients.of(answeredBy("key-bob"), "Grind finer.");

        assertThat(to, contains(new Recipient("key-alice", FOLLOWER)));
    }

    @Test
    public void of_notifiesMentionedPeopleAndIgnoresMentionsOfUnknownUsers() {
        followedBy();
        when(people.findByUsername("nobody")).thenReturn(Optional.empty());

        List<Recipient> to = recipients.of(answeredBy("key-bob"), "@nobody knows, but @dave might.");

        assertThat(to, contains(new Recipient("key-dave", MENTIONED)));
    }

    @Test
    public void of_notifiesAFollowerWhoIsAlsoMentionedOnceAsAFollower() {
        followedBy("key-alice");

        List<Recipient> to = recipients.of(answeredBy("key-bob"), "@alice, see above. And @alice again.");

        assertThat(to, contains(new Recipient("key-alice", FOLLOWER)));
    }

    @Test
    public void of_leavesOutAMentionedPersonWhoCannotViewTheSpace() {
        followedBy();
        when(permissions.canView("key-dave", SPACE)).thenReturn(false);

        assertThat(recipients.of(answeredBy("key-bob"), "@dave?"), empty());
    }

    @Test
    public void of_leavesOutTheActorMentioningThemselves() {
        followedBy();

        assertThat(recipients.of(answeredBy("key-bob"), "As @bob I say: grind finer."), empty());
    }

    @Test
    public void of_doesNotNotifyMentionsAgainWhenAnAnswerIsAccepted() {
        followedBy("key-alice", "key-bob");
        QuestionActivity accepted = new QuestionActivity(QuestionActivity.Kind.ACCEPTED, QUESTION, 7L, SPACE,
                "key-alice", Instant.EPOCH);

        List<Recipient> to = recipients.of(accepted, "@dave said so.");

        assertThat(to, contains(new Recipient("key-bob", FOLLOWER)));
    }

    private void followedBy(String... userKeys) {
        when(followers.followersAsOf(eq(Posting.FOLLOW_QUESTION), eq(Long.toString(QUESTION)), any())).thenReturn(List.of(userKeys));
    }

    private static QuestionActivity answeredBy(String actorKey) {
        return new QuestionActivity(QuestionActivity.Kind.ANSWERED, QUESTION, 7L, SPACE, actorKey, Instant.EPOCH);
    }
}

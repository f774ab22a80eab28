package org.guildhall.activity.ao;

import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

public class FollowDaoTest extends ActiveObjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private FollowDao dao;

    @Before
    public void createDao() {
        dao = new FollowDao(ao);
    }

    @Test
    public void followers_listsTheTargetsFollowersOldestFirstAndNoOneElses() {
        dao.follow("question", "7", "wb-key-alice", NOW);
        dao.follow("question", "8", "wb-key-dave", NOW);
        dao.follow("topic", "7", "wb-key-erin", NOW);
        dao.follow("question", "7", "wb-key-bob", NOW);

        assertThat(dao.followers("question", "7"), contains("wb-key-alice", "wb-key-bob"));
        assertThat(dao.countFollowers("question", "7"), is(2));
    }

    @Test
    public void followersAsOf_leavesOutThoseWhoFollowedOnlyAfterThatMoment() {
        dao.follow("question", "7", "wb-key-alice", NOW);
        dao.follow("question", "7", "wb-key-bob", NOW.plusSeconds(60));

        assertThat(dao.followersAsOf("question", "7", NOW), contains("wb-key-alice"));
        assertThat(dao.followersAsOf("question", "7", NOW.plusSeconds(60)), contains("wb-key-alice", "wb-key-bob"));
    }

    @Test
    public void follow_twiceIsOneFollow_andUnfollowRemovesIt() {
        assertThat(dao.follow("topic", "espresso", "wb-key-alice", NOW), is(true));
        assertThat(dao.follow("topic", "espresso", "wb-key-alice", NOW), is(false));
        assertThat(dao.followers("topic", "espresso"), contains("wb-key-alice"));

        assertThat(dao.unfollow("topic", "espresso", "wb-key-alice"), is(true));
        assertThat(dao.unfollow("topic", "espresso", "wb-key-alice"), is(false));
        assertThat(dao.isFollowing("topic", "espresso", "wb-key-alice"), is(false));
        assertThat(dao.followers("topic", "espresso"), empty());
    }
}

package org.guildhall.activity.ao;

import org.guildhall.qa.notify.QaRows;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

public class FollowerDaoTest extends ActiveObjectsTest {

    private FollowerDao dao;
    private QaRows rows;

    @Before
    public void createDao() {
        dao = new FollowerDao(ao);
        rows = new QaRows(ao);
    }

    @Test
    public void followers_listsTheQuestionsFollowersOldestFirstAndNoOneElses() {
        rows.follow(7, "wb-key-alice");
        rows.follow(8, "wb-key-dave");
        rows.follow(7, "wb-key-bob");

        List<String> followers = dao.followers(FollowerDao.QUESTION, "7");

        assertThat(followers, contains("wb-key-alice", "wb-key-bob"));
    }

    @Test
    public void followers_ofATargetNobodyFollowsIsEmpty() {
        rows.follow(7, "wb-key-alice");

        assertThat(dao.followers("topic", "7"), empty());
    }
}

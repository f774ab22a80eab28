package org.guildhall.privacy.ao;

import org.guildhall.activity.ao.FollowEntity;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.qa.ao.VoteEntity;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Reading, re-attributing and deleting one person's rows with plain SQL on every database. */
public class PersonalDataDaoTest extends ActiveObjectsTest {

    private PersonalDataDao dao;

    @Before
    public void createDao() {
        dao = new PersonalDataDao(ao, new EntityManagerTransactionalExecutorFactory(ao), new MembershipDao(ao));
    }

    @Test
    public void tableOf_computesTheNamesActiveObjectsUses() {
        assertThat(PersonalDataDao.tableOf(VoteEntity.class), is("AO_A368F0_VOTE"));
        assertThat(PersonalDataDao.tableOf(org.guildhall.community.ao.MembershipLogEntity.class),
                is("AO_A368F0_MEMBER_LOG"));
    }

    @Test
    public void replaceKey_reattributesVotesAndTheirUniqueKey_andLeavesOthersAlone() {
        vote(1, "wb-key-ann");
        vote(1, "wb-key-bob");

        int changed = dao.replaceKey(VoteEntity.class, VoteEntity.VOTER_KEY, VoteEntity.VOTE_KEY, "wb-key-ann",
                "former:1");

        assertThat(changed, is(1));
        List<Map<String, Object>> former = dao.page(VoteEntity.class, VoteEntity.VOTER_KEY, "former:1", 0, 10);
        assertThat(former.size(), is(1));
        assertThat(former.get(0).get(VoteEntity.VOTE_KEY), is("q:1:former:1"));
        assertThat(dao.page(VoteEntity.class, VoteEntity.VOTER_KEY, "wb-key-ann", 0, 10).size(), is(0));
        assertThat(dao.page(VoteEntity.class, VoteEntity.VOTER_KEY, "wb-key-bob", 0, 10).size(), is(1));
    }

    @Test
    public void page_readsAPersonsRowsInIdOrderAPageAtATime_andDeleteRemovesThem() {
        for (int i = 0; i < 3; i++) {
            follow("wb-key-ann", "topic-" + i);
        }
        follow("wb-key-bob", "topic-0");

        List<Map<String, Object>> first = dao.page(FollowEntity.class, FollowEntity.USER_KEY, "wb-key-ann", 0, 2);
        long last = ((Number) first.get(1).get("ID")).longValue();
        List<Map<String, Object>> rest = dao.page(FollowEntity.class, FollowEntity.USER_KEY, "wb-key-ann", last, 2);

        assertThat(first.size(), is(2));
        assertThat(rest.size(), is(1));
        assertThat(rest.get(0).get(FollowEntity.TARGET_ID), is("topic-2"));
        assertThat(dao.delete(FollowEntity.class, FollowEntity.USER_KEY, "wb-key-ann"), is(3));
        assertThat(dao.page(FollowEntity.class, FollowEntity.USER_KEY, "wb-key-bob", 0, 10).size(), is(1));
    }

    private void vote(int postId, String voter) {
        Map<String, Object> row = new HashMap<>();
        row.put(VoteEntity.POST_TYPE, "q");
        row.put(VoteEntity.POST_ID, postId);
        row.put(VoteEntity.VOTER_KEY, voter);
        row.put(VoteEntity.VOTE_KEY, "q:" + postId + ":" + voter);
        row.put(VoteEntity.VOTE_VALUE, 1);
        row.put(VoteEntity.COMMUNITY_ID, 1);
        row.put(VoteEntity.CREATED_AT, new Date());
        row.put(VoteEntity.UPDATED_AT, new Date());
        ao.create(VoteEntity.class, row);
    }

    private void follow(String userKey, String topic) {
        Map<String, Object> row = new HashMap<>();
        row.put(FollowEntity.TARGET_TYPE, "topic");
        row.put(FollowEntity.TARGET_ID, topic);
        row.put(FollowEntity.USER_KEY, userKey);
        row.put(FollowEntity.FOLLOW_KEY, userKey + ":topic:" + topic);
        row.put(FollowEntity.CREATED_AT, new Date());
        ao.create(FollowEntity.class, row);
    }
}

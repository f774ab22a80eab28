package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.PostType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.ints;
import static org.guildhall.qa.ao.SqlLists.placeholders;
import static org.guildhall.qa.ao.VoteEntity.COMMUNITY_ID;
import static org.guildhall.qa.ao.VoteEntity.CREATED_AT;
import static org.guildhall.qa.ao.VoteEntity.POST_ID;
import static org.guildhall.qa.ao.VoteEntity.POST_TYPE;
import static org.guildhall.qa.ao.VoteEntity.UPDATED_AT;
import static org.guildhall.qa.ao.VoteEntity.VOTER_KEY;
import static org.guildhall.qa.ao.VoteEntity.VOTE_KEY;
import static org.guildhall.qa.ao.VoteEntity.VOTE_VALUE;

/** The only code that reads and writes votes; one row per person per post ({@code VOTE_KEY} is unique). */
@Component
public class VoteDao {

    private final ActiveObjects ao;

    public VoteDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the person's vote on the post: +1, -1, or 0 for none */
    public int find(PostType postType, long postId, String voterKey) {
        VoteEntity[] found = ao.find(VoteEntity.class, Query.select().where(VOTE_KEY + " = ?",
                voteKey(postType, postId, voterKey)));
        return found.length == 0 ? 0 : found[0].getVoteValue();
    }

    /**
     * Sets the person's vote (0 deletes it). Call inside a transaction, under the post's lock.
     *
     * @return the previous value: +1, -1 or 0
     */
    public int set(PostType postType, long postId, long communityId, String voterKey, int value, Instant now) {
        VoteEntity[] found = ao.find(VoteEntity.class, Query.select().where(VOTE_KEY + " = ?",
                voteKey(postType, postId, voterKey)));
        int previous = found.length == 0 ? 0 : found[0].getVoteValue();
        if (found.length > 0 && value == 0) {
            ao.delete(found[0]);
        } else if (found.length > 0 && value != previous) {
            found[0].setVoteValue(value);
            found[0].setUpdatedAt(date(now));
            found[0].save();
        } else if (found.length == 0 && value != 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(POST_TYPE, postType.id());
            row.put(POST_ID, (int) postId);
            row.put(VOTER_KEY, voterKey);
            row.put(VOTE_KEY, voteKey(postType, postId, voterKey));
            row.put(VOTE_VALUE, value);
            row.put(COMMUNITY_ID, (int) communityId);
            row.put(CREATED_AT, date(now));
            row.put(UPDATED_AT, date(now));
            ao.create(VoteEntity.class, row);
        }
        return previous;
    }

    /**
     * @return the voter's votes on a question and its answers: {@code question:<id>} / {@code answer:<id>} → value
     *         (one statement)
     */
    public Map<String, Integer> findForQuestionPage(String voterKey, long questionId, Collection<Long> answerIds) {
        Map<String, Integer> votes = new HashMap<>();
        List<Long> postIds = new java.util.ArrayList<>(answerIds);
        postIds.add(questionId);
        for (List<Long> slice : SqlLists.slices(postIds)) {
            for (VoteEntity vote : ao.find(VoteEntity.class, Query.select().where(VOTER_KEY + " = ? AND " + POST_ID
                    + " IN (" + placeholders(slice.size()) + ")", concat(voterKey, ints(slice))))) {
                votes.put(vote.getPostType() + ":" + vote.getPostId(), vote.getVoteValue());
            }
        }
        return votes;
    }

    /** @return the sum of the post's votes (what its score is, for posts written here) */
    public int sum(PostType postType, long postId) {
        int sum = 0;
        for (VoteEntity vote : ao.find(VoteEntity.class, Query.select()
                .where(POST_TYPE + " = ? AND " + POST_ID + " = ?", postType.id(), (int) postId))) {
            sum += vote.getVoteValue();
        }
        return sum;
    }

    private static Object[] concat(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String voteKey(PostType postType, long postId, String voterKey) {
        return postType.id() + ":" + postId + ":" + voterKey;
    }
}

package org.guildhall.community.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model version 3: gives every member name word ({@code MEMBER_WORD}) its membership's state (new column
 * {@code MEMBER_STATE}), so that the member search reads a page of a word's members as one range of the
 * (community, state, token, user) index in the member list's order instead of checking each match's membership and
 * sorting them all. Words whose membership is gone are removed.
 * <p>
 * Idempotent and safe next to older nodes: it only touches words without a state, which older code neither reads nor
 * writes by that column (words an older node adds meanwhile get theirs from the name backfill at the next start).
 * Words are read {@value #BATCH} at a time; each batch's memberships are looked up at once by their pair key, and the
 * batch is written again with the states (a delete and one insert), all in the task's one transaction.
 */
public final class MemberWordStatesUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int BATCH = 500;

    private final int batch;

    /** As the Active Objects plugin creates it. */
    public MemberWordStatesUpgradeTask() {
        this(BATCH);
    }

    /** With another batch size (tests cross batch boundaries with a few rows). */
    MemberWordStatesUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(MembershipsVersion3.class, MemberWordsVersion3.class);
        MemberWordsVersion3[] words;
        do {
            words = ao.find(MemberWordsVersion3.class, Query.select()
                    .where(MemberWordsVersion3.MEMBER_STATE + " IS NULL").order("ID ASC").limit(batch));
            if (words.length > 0) {
                rewriteWithStates(ao, words);
            }
        } while (words.length == batch);
    }

    private static void rewriteWithStates(ActiveObjects ao, MemberWordsVersion3[] words) {
        Set<String> pairKeys = new LinkedHashSet<>();
        List<Object> ids = new ArrayList<>();
        for (MemberWordsVersion3 word : words) {
            pairKeys.add(pairKey(word.getCommunityId(), word.getUserKey()));
            ids.add(word.getID());
        }
        Map<String, String> states = new HashMap<>();
        for (MembershipsVersion3 membership : ao.find(MembershipsVersion3.class, Query.select()
                .where(MembershipsVersion3.PAIR_KEY + " IN (" + placeholders(pairKeys.size()) + ")",
                        pairKeys.toArray()))) {
            states.put(membership.getPairKey(), membership.getMemberState());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MemberWordsVersion3 word : words) {
            String state = states.get(pairKey(word.getCommunityId(), word.getUserKey()));
            if (state != null) {
                Map<String, Object> row = new HashMap<>();
                row.put(MemberWordsVersion3.COMMUNITY_ID, word.getCommunityId());
                row.put(MemberWordsVersion3.USER_KEY, word.getUserKey());
                row.put(MemberWordsVersion3.TOKEN, word.getToken());
                row.put(MemberWordsVersion3.MEMBER_STATE, state);
                rows.add(row);
            }
        }
        ao.deleteWithSQL(MemberWordsVersion3.class, "ID IN (" + placeholders(ids.size()) + ")", ids.toArray());
        if (!rows.isEmpty()) {
            ao.create(MemberWordsVersion3.class, rows);
        }
    }

    /** As {@code MembershipDao} writes the membership's unique pair key. */
    private static String pairKey(int communityId, String userKey) {
        return communityId + ":" + userKey;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}

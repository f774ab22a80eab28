package org.guildhall.analytics.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model version 5: stores on every answer whether it came from outside the asker's communities
 * ({@code CROSS_COMMUNITY}), which community health counts cross-pollination from: true when its author is a Confluence
 * user other than the asker, the asker is a member of at least one community and the author a member of none of those;
 * false otherwise (imported authors or askers, self-answers, co-members, askers who are members nowhere). New answers
 * store it as they are written, from the memberships of that moment; for the answers written before, the memberships
 * of the time this task runs are the best there is.
 * <p>
 * Idempotent: it fills only answers without a value ({@code CROSS_COMMUNITY IS NULL}), {@value #BATCH} at a time in id
 * order, looking their questions' askers and both sides' memberships up for the page only. Answers an older node writes
 * during a rolling restart stay without a value; community health looks the memberships up for those as it reads.
 */
public final class CrossCommunityUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int BATCH = 500;
    private static final String MEMBER = "MEMBER";

    private final int batch;

    /** As the Active Objects plugin creates it. */
    public CrossCommunityUpgradeTask() {
        this(BATCH);
    }

    /** With another batch size (tests cross batch boundaries with a few rows). */
    CrossCommunityUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AnswerCrossingVersion5.class, QuestionAskersVersion5.class, MembershipsVersion5.class);
        int afterId = 0;
        while (true) {
            AnswerCrossingVersion5[] answers = ao.find(AnswerCrossingVersion5.class, Query.select()
                    .where("ID > ? AND " + AnswerCrossingVersion5.CROSS_COMMUNITY + " IS NULL", afterId)
                    .order("ID ASC").limit(batch));
            if (answers.length == 0) {
                return;
            }
            Map<Integer, String> askers = askers(ao, answers);
            Set<String> people = new LinkedHashSet<>();
            for (AnswerCrossingVersion5 answer : answers) {
                addIfUser(people, answer.getAuthorKey());
                addIfUser(people, askers.get(answer.getQuestionId()));
            }
            Map<String, Set<Integer>> communities = memberCommunities(ao, people);
            for (AnswerCrossingVersion5 answer : answers) {
                answer.setCrossCommunity(outsider(askers.get(answer.getQuestionId()), answer.getAuthorKey(),
                        communities));
                answer.save();
            }
            if (answers.length < batch) {
                return;
            }
            afterId = answers[answers.length - 1].getID();
        }
    }

    /** The rule answering applies ({@code MembershipDao.isOutsider}), on the memberships looked up for the page. */
    static boolean outsider(String askerKey, String answererKey, Map<String, Set<Integer>> communities) {
        if (askerKey == null || answererKey == null || askerKey.equals(answererKey)) {
            return false;
        }
        Set<Integer> askers = communities.getOrDefault(askerKey, Set.of());
        return !askers.isEmpty() && communities.getOrDefault(answererKey, Set.of()).stream()
                .noneMatch(askers::contains);
    }

    private static void addIfUser(Set<String> people, String userKey) {
        if (userKey != null) {
            people.add(userKey);
        }
    }

    /** @return the asker's user key (absent for imported askers) by question id, of the page's answers */
    private Map<Integer, String> askers(ActiveObjects ao, AnswerCrossingVersion5[] answers) {
        List<Object> ids = new ArrayList<>(Arrays.stream(answers).map(a -> (Object) a.getQuestionId()).distinct()
                .toList());
        Map<Integer, String> askers = new HashMap<>();
        for (List<Object> slice : slices(ids)) {
            for (QuestionAskersVersion5 question : ao.find(QuestionAskersVersion5.class, Query.select("ID, AUTHOR_KEY")
                    .where("ID IN (" + placeholders(slice) + ")", slice.toArray()))) {
                askers.put(question.getID(), question.getAuthorKey());
            }
        }
        return askers;
    }

    /** @return the communities each of these people is a member of (members only, not pending or banned) */
    private Map<String, Set<Integer>> memberCommunities(ActiveObjects ao, Set<String> people) {
        Map<String, Set<Integer>> communities = new HashMap<>();
        for (List<Object> slice : slices(new ArrayList<>(people))) {
            List<Object> parameters = new ArrayList<>(slice);
            parameters.add(MEMBER);
            for (MembershipsVersion5 membership : ao.find(MembershipsVersion5.class, Query.select("ID, "
                    + MembershipsVersion5.USER_KEY + ", " + MembershipsVersion5.COMMUNITY_ID).where(
                    MembershipsVersion5.USER_KEY + " IN (" + placeholders(slice) + ") AND "
                            + MembershipsVersion5.MEMBER_STATE + " = ?", parameters.toArray()))) {
                communities.computeIfAbsent(membership.getUserKey(), key -> new HashSet<>())
                        .add(membership.getCommunityId());
            }
        }
        return communities;
    }

    private static List<List<Object>> slices(List<Object> values) {
        List<List<Object>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += BATCH) {
            slices.add(values.subList(start, Math.min(values.size(), start + BATCH)));
        }
        return slices;
    }

    private static String placeholders(List<Object> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}

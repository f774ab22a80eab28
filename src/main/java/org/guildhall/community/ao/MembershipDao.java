package org.guildhall.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.community.Membership;
import org.guildhall.community.MembershipAction;
import org.guildhall.community.MembershipLogEntry;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.guildhall.community.ao.MembershipEntity.ACTOR_KEY;
import static org.guildhall.community.ao.MembershipEntity.COMMUNITY_ID;
import static org.guildhall.community.ao.MembershipEntity.CREATED_AT;
import static org.guildhall.community.ao.MembershipEntity.MEMBER_ROLE;
import static org.guildhall.community.ao.MembershipEntity.MEMBER_STATE;
import static org.guildhall.community.ao.MembershipEntity.MESSAGE;
import static org.guildhall.community.ao.MembershipEntity.PAIR_KEY;
import static org.guildhall.community.ao.MembershipEntity.UPDATED_AT;
import static org.guildhall.community.ao.MembershipEntity.USER_KEY;

/**
 * The only code that reads and writes memberships and the membership log, and the community's member count.
 * Returns records, never entities.
 *
 * <p>Concurrency: every change to a community's memberships first calls {@link #lockCommunity}, which writes the
 * community row and so holds its row lock until the transaction ends. Changes to one community are therefore
 * serialised on every database Confluence supports, and at Confluence's READ COMMITTED isolation each statement
 * after the lock sees what the previous change committed. That is what makes "at least one owner" and the member
 * count exact; the unique {@code PAIR_KEY} is the second line of defence against duplicate rows.
 */
@Component
public class MembershipDao {

    /** User keys per {@code IN (...)}: well inside every database's limit on bind parameters (Oracle's is 1,000). */
    static final int IN_LIST_SIZE = 500;

    private final ActiveObjects ao;

    public MembershipDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Takes the community row's write lock for the rest of the transaction (a concurrent change to the same
     * community waits here until this transaction ends). Active Objects offers no {@code SELECT … FOR UPDATE}; an
     * UPDATE of the row locks it the same way on every database. The count written here is provisional: call
     * {@link #refreshMemberCount} before the transaction ends. Call inside a transaction.
     *
     * @return false when there is no such community
     */
    public boolean lockCommunity(long communityId) {
        CommunityEntity[] found = ao.find(CommunityEntity.class,
                Query.select().where(CommunityEntity.ID + " = ?", (int) communityId));
        if (found.length == 0) {
            return false;
        }
        // A value different from the stored one, so that the UPDATE (and its lock) is never skipped as a no-op.
        // Nobody reads it: other transactions see the committed count until refreshMemberCount replaces it.
        found[0].setMemberCount(found[0].getMemberCount() + 1);
        found[0].save();
        return true;
    }

    /**
     * Counts the community's members and stores the count on the community. Call under {@link #lockCommunity}, as
     * the last step of each change: counting under the lock is exact, and repairs any earlier drift.
     *
     * @return the number of members
     */
    public int refreshMemberCount(long communityId) {
        int members = ao.count(MembershipEntity.class, Query.select().where(
                COMMUNITY_ID + " = ? AND " + MEMBER_STATE + " = ?", (int) communityId, MembershipState.MEMBER.name()));
        for (CommunityEntity community : ao.find(CommunityEntity.class,
                Query.select().where(CommunityEntity.ID + " = ?", (int) communityId))) {
            community.setMemberCount(members);
            community.save();
        }
        return members;
    }

    /** @return the person's membership of the community, in whatever state */
    public Optional<Membership> find(long communityId, String userKey) {
        return Arrays.stream(ao.find(MembershipEntity.class, Query.select().where(PAIR_KEY + " = ?",
                pairKey(communityId, userKey)))).findFirst().map(MembershipDao::toRecord);
    }

    /** @return the ids of the communities the person is a member of (at most 1,000, digests) */
    public List<Long> communityIdsOf(String userKey) {
        return Arrays.stream(ao.find(MembershipEntity.class, Query.select(MembershipEntity.ID + ", " + COMMUNITY_ID)
                        .where(USER_KEY + " = ? AND " + MEMBER_STATE + " = ?", userKey, MembershipState.MEMBER.name())
                        .limit(1000)))
                .map(row -> (long) row.getCommunityId()).toList();
    }

    /**
     * Whether an answer by {@code answererKey} to a question of {@code askerKey} comes from outside the asker's
     * communities (community health's cross-pollination, stored with the answer when it is written): both are
     * Confluence users, not the same person, the asker is a member of at least one community and the answerer a
     * member of none of those. Two look-ups by user key (index), each as long as one person's memberships.
     *
     * @param askerKey    the asker's user key; null for an imported (external) asker
     * @param answererKey the answerer's user key; null for an imported (external) answerer
     */
    public boolean isOutsider(String askerKey, String answererKey) {
        if (askerKey == null || answererKey == null || askerKey.equals(answererKey)) {
            return false;
        }
        Set<Integer> askers = memberCommunities(askerKey);
        return !askers.isEmpty() && memberCommunities(answererKey).stream().noneMatch(askers::contains);
    }

    private Set<Integer> memberCommunities(String userKey) {
        return Arrays.stream(ao.find(MembershipEntity.class, Query.select(MembershipEntity.ID + ", " + COMMUNITY_ID)
                        .where(USER_KEY + " = ? AND " + MEMBER_STATE + " = ?", userKey, MembershipState.MEMBER.name())))
                .map(MembershipEntity::getCommunityId).collect(Collectors.toSet());
    }

    /** @return how many owners the community has (members with the owner role) */
    public int countOwners(long communityId) {
        return ao.count(MembershipEntity.class, Query.select().where(
                COMMUNITY_ID + " = ? AND " + MEMBER_STATE + " = ? AND " + MEMBER_ROLE + " = ?",
                (int) communityId, MembershipState.MEMBER.name(), MembershipRole.OWNER.name()));
    }

    /**
     * Stores a new membership. The unique pair key makes a second row for the same person fail in the database.
     * Call inside a transaction.
     */
    public Membership insert(long communityId, String userKey, MembershipRole role, MembershipState state,
                             String actorKey, String message, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(COMMUNITY_ID, (int) communityId);
        row.put(USER_KEY, userKey);
        row.put(PAIR_KEY, pairKey(communityId, userKey));
        row.put(MEMBER_ROLE, role.name());
        row.put(MEMBER_STATE, state.name());
        row.put(ACTOR_KEY, actorKey);
        row.put(MESSAGE, emptyToNull(message));
        row.put(CREATED_AT, Date.from(now));
        row.put(UPDATED_AT, Date.from(now));
        return toRecord(ao.create(MembershipEntity.class, row));
    }

    /** Changes the role and state of a stored membership. Call inside a transaction. */
    public Membership update(long membershipId, MembershipRole role, MembershipState state, String actorKey,
                             String message, Instant now) {
        MembershipEntity entity = byId(membershipId);
        entity.setMemberRole(role.name());
        entity.setMemberState(state.name());
        entity.setActorKey(actorKey);
        entity.setMessage(emptyToNull(message));
        entity.setUpdatedAt(Date.from(now));
        entity.save();
        return toRecord(entity);
    }

    /** Deletes a membership (leaving, withdrawing, denial, removal, lifting a ban). Call inside a transaction. */
    public void delete(long membershipId) {
        ao.deleteWithSQL(MembershipEntity.class, MembershipEntity.ID + " = ?", (int) membershipId);
    }

    /**
     * @param role          only members with this role, or empty for all
     * @param afterUserKey  the last user key of the previous page, or empty for the first page
     * @return up to {@code limit} memberships in that state, ordered by user key
     */
    public List<Membership> findByState(long communityId, MembershipState state, Optional<MembershipRole> role,
                                        Optional<String> afterUserKey, int limit) {
        StringBuilder where = new StringBuilder(COMMUNITY_ID + " = ? AND " + MEMBER_STATE + " = ?");
        List<Object> parameters = new ArrayList<>(List.of((int) communityId, state.name()));
        role.ifPresent(value -> {
            where.append(" AND ").append(MEMBER_ROLE).append(" = ?");
            parameters.add(value.name());
        });
        afterUserKey.ifPresent(value -> {
            where.append(" AND ").append(USER_KEY).append(" > ?");
            parameters.add(value);
        });
        Query query = Query.select().where(where.toString(), parameters.toArray())
                .order(USER_KEY + " ASC").limit(limit);
        return Arrays.stream(ao.find(MembershipEntity.class, query)).map(MembershipDao::toRecord).toList();
    }

    /**
     * The memberships in that state of the given people: one query per {@value #IN_LIST_SIZE} user keys, for lists
     * that start from people (a name search) rather than from the community.
     *
     * @param role only members with this role, or empty for all
     * @return the memberships found, by user key
     */
    public Map<String, Membership> findByUserKeys(long communityId, MembershipState state,
                                                  Optional<MembershipRole> role, Collection<String> userKeys) {
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        Map<String, Membership> found = new HashMap<>();
        for (int start = 0; start < keys.size(); start += IN_LIST_SIZE) {
            List<String> slice = keys.subList(start, Math.min(keys.size(), start + IN_LIST_SIZE));
            // By pair key: its unique index finds each row directly. USER_KEY IN (…) within the community would
            // compare every one of the community's rows with the whole list.
            StringBuilder where = new StringBuilder(PAIR_KEY + " IN (")
                    .append(String.join(", ", Collections.nCopies(slice.size(), "?"))).append(") AND ")
                    .append(MEMBER_STATE).append(" = ?");
            List<Object> parameters = new ArrayList<>();
            slice.forEach(userKey -> parameters.add(pairKey(communityId, userKey)));
            parameters.add(state.name());
            role.ifPresent(value -> {
                where.append(" AND ").append(MEMBER_ROLE).append(" = ?");
                parameters.add(value.name());
            });
            for (MembershipEntity entity : ao.find(MembershipEntity.class,
                    Query.select().where(where.toString(), parameters.toArray()))) {
                found.put(entity.getUserKey(), toRecord(entity));
            }
        }
        return found;
    }

    /**
     * @return up to {@code limit} of the community's members, the most recently added first (by when their
     *         membership row was created: the request or invitation for people who were let in)
     */
    public List<Membership> findNewestMembers(long communityId, int limit) {
        Query query = Query.select().where(COMMUNITY_ID + " = ? AND " + MEMBER_STATE + " = ?",
                        (int) communityId, MembershipState.MEMBER.name())
                .order(CREATED_AT + " DESC, " + MembershipEntity.ID + " DESC").limit(limit);
        return Arrays.stream(ao.find(MembershipEntity.class, query)).map(MembershipDao::toRecord).toList();
    }

    /** Records a membership change in the log. Call in the transaction of the change. */
    public void log(long communityId, String subjectKey, String actorKey, MembershipAction action,
                    MembershipRole role, MembershipState state, String message, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(MembershipLogEntity.COMMUNITY_ID, (int) communityId);
        row.put(MembershipLogEntity.SUBJECT_KEY, subjectKey);
        row.put(MembershipLogEntity.ACTOR_KEY, actorKey);
        row.put(MembershipLogEntity.CHANGE_TYPE, action.name());
        row.put(MembershipLogEntity.MEMBER_ROLE, role.name());
        row.put(MembershipLogEntity.MEMBER_STATE, state.name());
        row.put(MembershipLogEntity.MESSAGE, emptyToNull(message));
        row.put(MembershipLogEntity.CREATED_AT, Date.from(now));
        ao.create(MembershipLogEntity.class, row);
    }

    /** @return the community's membership log, oldest first */
    public List<MembershipLogEntry> findLog(long communityId) {
        Query query = Query.select().where(MembershipLogEntity.COMMUNITY_ID + " = ?", (int) communityId)
                .order(MembershipLogEntity.ID + " ASC");
        return Arrays.stream(ao.find(MembershipLogEntity.class, query)).map(MembershipDao::toRecord).toList();
    }

    static String pairKey(long communityId, String userKey) {
        return communityId + ":" + userKey;
    }

    private MembershipEntity byId(long membershipId) {
        MembershipEntity[] found = ao.find(MembershipEntity.class,
                Query.select().where(MembershipEntity.ID + " = ?", (int) membershipId));
        if (found.length == 0) {
            throw new IllegalStateException("No membership " + membershipId);
        }
        return found[0];
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Membership toRecord(MembershipEntity entity) {
        return new Membership(entity.getID(), entity.getCommunityId(), entity.getUserKey(),
                MembershipRole.parse(entity.getMemberRole()).orElseThrow(() -> new IllegalStateException(
                        "Unknown role " + entity.getMemberRole() + " of membership " + entity.getID())),
                MembershipState.parseStored(entity.getMemberState()).orElseThrow(() -> new IllegalStateException(
                        "Unknown state " + entity.getMemberState() + " of membership " + entity.getID())),
                entity.getActorKey(),
                entity.getMessage() == null ? "" : entity.getMessage(),
                entity.getCreatedAt().toInstant(),
                entity.getUpdatedAt().toInstant());
    }

    private static MembershipLogEntry toRecord(MembershipLogEntity entity) {
        return new MembershipLogEntry(entity.getCommunityId(), entity.getSubjectKey(), entity.getActorKey(),
                MembershipAction.valueOf(entity.getChangeType()),
                MembershipRole.valueOf(entity.getMemberRole()),
                MembershipState.valueOf(entity.getMemberState()),
                entity.getMessage() == null ? "" : entity.getMessage(),
                entity.getCreatedAt().toInstant());
    }
}

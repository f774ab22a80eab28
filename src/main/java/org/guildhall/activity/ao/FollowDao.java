package org.guildhall.activity.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.activity.Follow;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.activity.ao.FollowEntity.CREATED_AT;
import static org.guildhall.activity.ao.FollowEntity.FOLLOW_KEY;
import static org.guildhall.activity.ao.FollowEntity.ID;
import static org.guildhall.activity.ao.FollowEntity.TARGET_ID;
import static org.guildhall.activity.ao.FollowEntity.TARGET_TYPE;
import static org.guildhall.activity.ao.FollowEntity.USER_KEY;

/** The only code that reads and writes follows. Following twice is one row ({@code FOLLOW_KEY} is unique). */
@Component
public class FollowDao {

    private final ActiveObjects ao;

    public FollowDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Makes the person follow the target, if they do not already. Call inside a transaction that retries on conflict.
     *
     * @return true when a follow was added
     */
    public boolean follow(String targetType, String targetId, String userKey, Instant now) {
        String key = followKey(targetType, targetId, userKey);
        if (ao.count(FollowEntity.class, Query.select().where(FOLLOW_KEY + " = ?", key)) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(TARGET_TYPE, targetType);
        row.put(TARGET_ID, targetId);
        row.put(USER_KEY, userKey);
        row.put(FOLLOW_KEY, key);
        row.put(CREATED_AT, Date.from(now));
        ao.create(FollowEntity.class, row);
        return true;
    }

    /** @return true when a follow was removed */
    public boolean unfollow(String targetType, String targetId, String userKey) {
        return ao.deleteWithSQL(FollowEntity.class, FOLLOW_KEY + " = ?", followKey(targetType, targetId, userKey)) > 0;
    }

    public boolean isFollowing(String targetType, String targetId, String userKey) {
        return ao.count(FollowEntity.class, Query.select().where(FOLLOW_KEY + " = ?",
                followKey(targetType, targetId, userKey))) > 0;
    }

    public int countFollowers(String targetType, String targetId) {
        return ao.count(FollowEntity.class, Query.select().where(TARGET_TYPE + " = ? AND " + TARGET_ID + " = ?",
                targetType, targetId));
    }

    /** @return the user keys of the target's followers, in the order they followed */
    public List<String> followers(String targetType, String targetId) {
        return Arrays.stream(ao.find(FollowEntity.class, Query.select()
                        .where(TARGET_TYPE + " = ? AND " + TARGET_ID + " = ?", targetType, targetId)
                        .order(FollowEntity.ID + " ASC")))
                .map(FollowEntity::getUserKey).toList();
    }

    /**
     * @return the user keys of those who already followed the target at {@code at}, in the order they followed: who
     *         hears about something is decided by the follows when it happened, not when the mail is sent
     */
    public List<String> followersAsOf(String targetType, String targetId, Instant at) {
        return Arrays.stream(ao.find(FollowEntity.class, Query.select()
                        .where(TARGET_TYPE + " = ? AND " + TARGET_ID + " = ? AND " + CREATED_AT + " <= ?",
                                targetType, targetId, Date.from(at))
                        .order(FollowEntity.ID + " ASC")))
                .map(FollowEntity::getUserKey).toList();
    }

    /**
     * @return the person's follows, newest first, at most {@code limit} of them (one statement), so that a stream
     *         filtered by follows has bounded {@code IN} lists
     */
    public List<Follow> findByUser(String userKey, int limit) {
        return Arrays.stream(ao.find(FollowEntity.class, Query.select(String.join(", ", ID, TARGET_TYPE, TARGET_ID,
                                CREATED_AT))
                        .where(USER_KEY + " = ?", userKey).order(ID + " DESC").limit(limit)))
                .map(entity -> new Follow(entity.getTargetType(), entity.getTargetId(),
                        entity.getCreatedAt().toInstant()))
                .toList();
    }

    static String followKey(String targetType, String targetId, String userKey) {
        return targetType + ":" + targetId + ":" + userKey;
    }
}

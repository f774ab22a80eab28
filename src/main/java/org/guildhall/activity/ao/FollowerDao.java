package org.guildhall.activity.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

import static org.guildhall.activity.ao.FollowEntity.TARGET_ID;
import static org.guildhall.activity.ao.FollowEntity.TARGET_TYPE;
import static org.guildhall.activity.ao.FollowEntity.USER_KEY;

/**
 * Reads who follows something (a question, a topic, a community, a person), for notifications and digests. One
 * indexed query ({@code follow_target}); writes belong to the feature that creates follows.
 */
@Component
public class FollowerDao {

    /** {@code TARGET_TYPE} of a question follow; the target id is the question id. */
    public static final String QUESTION = "question";

    private final ActiveObjects ao;

    public FollowerDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the user keys of everyone following the target, oldest follow first */
    public List<String> followers(String targetType, String targetId) {
        FollowEntity[] follows = ao.find(FollowEntity.class, Query.select(FollowEntity.ID + ", " + USER_KEY)
                .where(TARGET_TYPE + " = ? AND " + TARGET_ID + " = ?", targetType, targetId)
                .order(FollowEntity.ID));
        return Arrays.stream(follows).map(FollowEntity::getUserKey).toList();
    }
}

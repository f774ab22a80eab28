package org.guildhall.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A person following something: a question, a topic, a community or another person. Table
 * {@code AO_<hash>_FOLLOW}. {@code FOLLOW_KEY} ({@code <type>:<target>:<user key>}) is unique, so following twice
 * is one row.
 */
@Table("Follow")
@Indexes(@Index(name = "follow_target", methodNames = {"getTargetType", "getTargetId"}))
public interface FollowEntity extends Entity {

    String ID = "ID";
    String TARGET_TYPE = "TARGET_TYPE";
    String TARGET_ID = "TARGET_ID";
    String USER_KEY = "USER_KEY";
    String FOLLOW_KEY = "FOLLOW_KEY";
    String CREATED_AT = "CREATED_AT";

    /** {@code question}, {@code topic}, {@code community} or {@code person}. */
    @NotNull
    @StringLength(16)
    String getTargetType();

    void setTargetType(String targetType);

    /** A question id, topic name, space key or user key. */
    @NotNull
    @StringLength(255)
    String getTargetId();

    void setTargetId(String targetId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Unique
    @StringLength(300)
    String getFollowKey();

    void setFollowKey(String followKey);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

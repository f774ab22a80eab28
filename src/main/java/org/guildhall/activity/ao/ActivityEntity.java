package org.guildhall.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One entry of a community's activity stream (table {@code AO_A368F0_ACTIVITY}); see
 * {@link org.guildhall.activity.ActivityEntry} for the meaning of the columns. Streams are read newest first with
 * keyset paging on {@code (OCCURRED_AT, ID)}, so every index a filter uses ends with those two columns: the
 * reader's visible communities ({@code act_time}, scanned backwards and filtered), one community
 * ({@code act_community}), one person ({@code act_actor}) and a question's entries ({@code act_question}).
 */
@Table("Activity")
@Indexes({
        @Index(name = "act_time", methodNames = {"getOccurredAt", "getID"}),
        @Index(name = "act_community", methodNames = {"getCommunityId", "getOccurredAt", "getID"}),
        @Index(name = "act_actor", methodNames = {"getActorKey", "getOccurredAt", "getID"}),
        @Index(name = "act_question", methodNames = {"getQuestionId"})
})
public interface ActivityEntity extends Entity {

    String TABLE = "AO_A368F0_ACTIVITY";
    String ID = "ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String KIND = "KIND";
    String ACTOR_KEY = "ACTOR_KEY";
    String TARGET_TYPE = "TARGET_TYPE";
    String TARGET_ID = "TARGET_ID";
    String QUESTION_ID = "QUESTION_ID";
    String CONTENT_ID = "CONTENT_ID";
    String TITLE = "TITLE";
    String EXCERPT = "EXCERPT";
    String URL = "URL";
    String OCCURRED_AT = "OCCURRED_AT";
    String GROUP_KEY = "GROUP_KEY";

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    /** {@link org.guildhall.activity.ActivityKind#id()} */
    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @StringLength(16)
    String getTargetType();

    void setTargetType(String targetType);

    @NotNull
    @StringLength(255)
    String getTargetId();

    void setTargetId(String targetId);

    Long getQuestionId();

    void setQuestionId(Long questionId);

    Long getContentId();

    void setContentId(Long contentId);

    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @StringLength(300)
    String getExcerpt();

    void setExcerpt(String excerpt);

    @StringLength(450)
    String getUrl();

    void setUrl(String url);

    @NotNull
    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    @NotNull
    @StringLength(200)
    String getGroupKey();

    void setGroupKey(String groupKey);
}

package org.guildhall.community.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One membership change: who did what to whom, when, with an optional message. Written in the transaction of the
 * change itself, so the log never records a change that rolled back. Table {@code AO_<hash>_MEMBER_LOG}; only
 * {@link MembershipDao} uses it.
 */
@Table("MemberLog")
@Preload
public interface MembershipLogEntity extends Entity {

    String ID = "ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String ACTOR_KEY = "ACTOR_KEY";
    String CHANGE_TYPE = "CHANGE_TYPE";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String MEMBER_STATE = "MEMBER_STATE";
    String MESSAGE = "MESSAGE";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @StringLength(32)
    String getChangeType();

    void setChangeType(String changeType);

    /** The role after the change. */
    @NotNull
    @StringLength(32)
    String getMemberRole();

    void setMemberRole(String memberRole);

    /** The state after the change ({@code NONE} when the row was deleted). */
    @NotNull
    @StringLength(32)
    String getMemberState();

    void setMemberState(String memberState);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

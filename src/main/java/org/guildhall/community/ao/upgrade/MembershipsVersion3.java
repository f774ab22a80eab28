package org.guildhall.community.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * The membership table as {@link MemberWordStatesUpgradeTask} (model version 3) knows it, declared exactly as
 * {@code MembershipEntity} declares it then (columns and indexes, so that migrating this copy changes nothing). The
 * task only reads it.
 */
@Table("Membership")
@Preload
@Indexes({
        @Index(name = "member_list", methodNames = {"getCommunityId", "getMemberState", "getUserKey"}),
        @Index(name = "member_role_list", methodNames = {"getCommunityId", "getMemberState", "getMemberRole",
                "getUserKey"})
})
public interface MembershipsVersion3 extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String PAIR_KEY = "PAIR_KEY";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String MEMBER_STATE = "MEMBER_STATE";
    String ACTOR_KEY = "ACTOR_KEY";
    String MESSAGE = "MESSAGE";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Unique
    @StringLength(300)
    String getPairKey();

    void setPairKey(String pairKey);

    @NotNull
    @StringLength(32)
    String getMemberRole();

    void setMemberRole(String memberRole);

    @NotNull
    @StringLength(32)
    String getMemberState();

    void setMemberState(String memberState);

    @NotNull
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    void setMessage(String message);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

package org.guildhall.analytics.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The membership table as {@link CrossCommunityUpgradeTask} (model version 5) knows it: the columns it reads and those
 * of the indexes over them, declared exactly as {@code MembershipEntity} declares them. The task only reads it.
 */
@Table("Membership")
@Preload
@Indexes({
        @Index(name = "member_list", methodNames = {"getCommunityId", "getMemberState", "getUserKey"}),
        @Index(name = "member_role_list", methodNames = {"getCommunityId", "getMemberState", "getMemberRole",
                "getUserKey"})
})
public interface MembershipsVersion5 extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String MEMBER_STATE = "MEMBER_STATE";

    /** No index of its own from model version 5 on ({@code MemberListPlanTest}). */
    @NotNull
    int getCommunityId();

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    @NotNull
    @StringLength(32)
    String getMemberRole();

    @NotNull
    @StringLength(32)
    String getMemberState();
}

package org.guildhall.community.ao;

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
 * A person's relation to a community: member (with a role), pending request, invitation or ban. Table
 * {@code AO_<hash>_MEMBERSHIP}; only {@link MembershipDao} uses it. Leaving, withdrawing and being removed delete the
 * row; the {@link MembershipLogEntity log} keeps the history.
 */
@Table("Membership")
@Preload
@Indexes({
        @Index(name = "member_list", methodNames = {"getCommunityId", "getMemberState", "getUserKey"}),
        // the moderators or owners of a large community in user-key order, without walking its other members
        @Index(name = "member_role_list", methodNames = {"getCommunityId", "getMemberState", "getMemberRole",
                "getUserKey"})
})
public interface MembershipEntity extends Entity {

    String TABLE = "AO_A368F0_MEMBERSHIP";
    String ID = "ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String USER_KEY = "USER_KEY";
    String PAIR_KEY = "PAIR_KEY";
    String MEMBER_ROLE = "MEMBER_ROLE";
    String MEMBER_STATE = "MEMBER_STATE";
    String ACTOR_KEY = "ACTOR_KEY";
    String MESSAGE = "MESSAGE";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    /**
     * The {@link CommunityEntity}'s ID. Deliberately without an index of its own: the (community, state, user) index
     * serves every look-up by community, and an index on the community alone made PostgreSQL's generic plan of the
     * member list read and sort a whole large community for each page ({@code MemberListPlanTest}); Active Objects
     * drops it from existing databases when it migrates the entity.
     */
    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /**
     * {@code <communityId>:<userKey>}. Active Objects has no unique constraint over two columns, so this one column
     * carries it: the database itself refuses a second row for the same person in the same community.
     */
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

package org.guildhall.qa.ao;

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
 * One person's vote on a question or an answer. Table {@code AO_<hash>_VOTE}. {@code VOTE_KEY}
 * ({@code <post type>:<post id>:<voter key>}) is unique: one vote per person per post, enforced by the database.
 * Imported posts carry their score but no vote rows (Stack Exchange dumps are anonymous).
 */
@Table("Vote")
// community health reads a community's voters of a period (HealthDao): a range of this index, not all the community's
// rows, and from the index alone
@Indexes(@Index(name = "v_community_new", methodNames = {"getCommunityId", "getCreatedAt", "getVoterKey"}))
public interface VoteEntity extends Entity {

    String ID = "ID";
    String POST_TYPE = "POST_TYPE";
    String POST_ID = "POST_ID";
    String VOTER_KEY = "VOTER_KEY";
    String VOTE_KEY = "VOTE_KEY";
    String VOTE_VALUE = "VOTE_VALUE";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @StringLength(16)
    String getPostType();

    void setPostType(String postType);

    @NotNull
    @Indexed
    int getPostId();

    void setPostId(int postId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getVoterKey();

    void setVoterKey(String voterKey);

    @NotNull
    @Unique
    @StringLength(300)
    String getVoteKey();

    void setVoteKey(String voteKey);

    /** +1 or -1; retracting deletes the row. */
    @NotNull
    int getVoteValue();

    void setVoteValue(int voteValue);

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

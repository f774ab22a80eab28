package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A short comment on a question or an answer. Table {@code AO_<hash>_POST_COMMENT}. {@code QUESTION_ID} is set for both
 * kinds, so a question page loads all its comments with one statement.
 */
@Table("PostComment")
// community health reads a community's comments of a period (HealthDao): a range of this index, not all the community's
// rows, and from the index alone
@Indexes(@Index(name = "c_community_new", methodNames = {"getCommunityId", "getCreatedAt", "isDeleted", "getAuthorKey",
        "getExternalAuthorId"}))
@Preload
public interface CommentEntity extends Entity {

    String ID = "ID";
    String POST_TYPE = "POST_TYPE";
    String POST_ID = "POST_ID";
    String QUESTION_ID = "QUESTION_ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String EXTERNAL_AUTHOR_ID = "EXTERNAL_AUTHOR_ID";
    String BODY_TEXT = "BODY_TEXT";
    String DELETED = "DELETED";
    String CREATED_AT = "CREATED_AT";
    String SOURCE_KEY = "SOURCE_KEY";

    /** {@code question} or {@code answer}. */
    @NotNull
    @StringLength(16)
    String getPostType();

    void setPostType(String postType);

    @NotNull
    int getPostId();

    void setPostId(int postId);

    @NotNull
    @Indexed
    int getQuestionId();

    void setQuestionId(int questionId);

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    @Indexed
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    Integer getExternalAuthorId();

    void setExternalAuthorId(Integer externalAuthorId);

    /** CommonMark, at most a few hundred characters (checked by the service). */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBodyText();

    void setBodyText(String bodyText);

    @NotNull
    @Default("false")
    boolean isDeleted();

    void setDeleted(boolean deleted);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /** Unique; {@code local:<random UUID>} for comments written here (Active Objects makes it NOT NULL). */
    @Unique
    @StringLength(255)
    String getSourceKey();

    void setSourceKey(String sourceKey);
}

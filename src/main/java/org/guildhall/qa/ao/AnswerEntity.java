package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * An answer to a {@link QuestionEntity question}. Table {@code AO_<hash>_ANSWER}.
 * <p>
 * At most one answer per question is accepted, and the database guarantees it: {@code ACCEPTED_FOR} holds
 * {@link #acceptedFor(int) q:&lt;question id&gt;} while the answer is accepted and a value of its own otherwise
 * ({@link #notAccepted()}), under a unique constraint. Active Objects makes every {@code @Unique} column NOT NULL (its
 * SchemaGenerator does), so "null while not accepted" cannot be stored; a random {@code none:<uuid>} can, in bulk too.
 */
@Table("Answer")
@Preload
public interface AnswerEntity extends Entity {

    String ID = "ID";
    String QUESTION_ID = "QUESTION_ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String EXTERNAL_AUTHOR_ID = "EXTERNAL_AUTHOR_ID";
    String BODY_TEXT = "BODY_TEXT";
    String SCORE = "SCORE";
    String ACCEPTED_FOR = "ACCEPTED_FOR";
    String ACCEPTED_BY = "ACCEPTED_BY";
    String ACCEPTED_AT = "ACCEPTED_AT";
    String DELETED = "DELETED";
    String DELETED_BY = "DELETED_BY";
    String DELETED_AT = "DELETED_AT";
    String REVISION = "REVISION";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String SOURCE_KEY = "SOURCE_KEY";
    String SOURCE_URL = "SOURCE_URL";

    @NotNull
    @Indexed
    int getQuestionId();

    void setQuestionId(int questionId);

    /** The question's community, copied so that answers can be filtered and counted per community directly. */
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

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBodyText();

    void setBodyText(String bodyText);

    @NotNull
    @Default("0")
    int getScore();

    void setScore(int score);

    /** {@code q:<question id>} while this answer is the accepted one, else {@code none:<uuid>}; unique. */
    @Unique
    @StringLength(64)
    String getAcceptedFor();

    void setAcceptedFor(String acceptedFor);

    /** @return the {@code ACCEPTED_FOR} value of the accepted answer of that question */
    static String acceptedFor(int questionId) {
        return "q:" + questionId;
    }

    /** @return a fresh {@code ACCEPTED_FOR} value for an answer that is not accepted */
    static String notAccepted() {
        return "none:" + java.util.UUID.randomUUID();
    }

    @StringLength(255)
    String getAcceptedBy();

    void setAcceptedBy(String acceptedBy);

    Date getAcceptedAt();

    void setAcceptedAt(Date acceptedAt);

    @NotNull
    @Default("false")
    boolean isDeleted();

    void setDeleted(boolean deleted);

    @StringLength(255)
    String getDeletedBy();

    void setDeletedBy(String deletedBy);

    Date getDeletedAt();

    void setDeletedAt(Date deletedAt);

    @NotNull
    @Default("1")
    int getRevision();

    void setRevision(int revision);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** e.g. {@code stackexchange:coffee.stackexchange.com:a:456}; unique; null for answers written here. */
    @Unique
    @StringLength(255)
    String getSourceKey();

    void setSourceKey(String sourceKey);

    @StringLength(450)
    String getSourceUrl();

    void setSourceUrl(String sourceUrl);
}

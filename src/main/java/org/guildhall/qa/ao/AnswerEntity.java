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
 * An answer to a {@link QuestionEntity question}. Table {@code AO_<hash>_ANSWER}.
 * <p>
 * At most one answer per question is accepted, and the database guarantees it: {@code ACCEPTED_KEY} is
 * {@code accepted:<question id>} while the answer is accepted and {@code open:<random UUID>} otherwise, under a unique
 * constraint. (Active Objects makes every {@code @Unique} column NOT NULL, so "null unless accepted" cannot carry the
 * constraint; {@code ACCEPTED_FOR} stays the plain, readable question id.)
 * <p>
 * {@code SOURCE_KEY} is likewise NOT NULL: answers written here carry {@code local:<random UUID>}.
 */
@Table("Answer")
// community health reads a community's answers of a period (HealthDao): a range of a_community_new, and each question's
// answers by a_question_health; both hold every column those reads use, so PostgreSQL reads them from the index alone
@Indexes({
        @Index(name = "a_community_new", methodNames = {"getCommunityId", "getCreatedAt", "isDeleted", "getAuthorKey",
                "getExternalAuthorId", "getScore", "getAcceptedFor", "getAcceptedAt"}),
        @Index(name = "a_question_health", methodNames = {"getQuestionId", "isDeleted", "getCreatedAt",
                "getAuthorKey", "getExternalAuthorId", "getAcceptedFor", "getAcceptedAt", "getCrossCommunity"})
})
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
    String ACCEPTED_KEY = "ACCEPTED_KEY";
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
    String LOCK_TOKEN = "LOCK_TOKEN";
    String CROSS_COMMUNITY = "CROSS_COMMUNITY";

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

    /** The question id while this answer is the accepted one, else null. */
    @Indexed
    Integer getAcceptedFor();

    void setAcceptedFor(Integer acceptedFor);

    /** {@code accepted:<question id>} while accepted, else {@code open:<random UUID>}; unique (see the class comment). */
    @NotNull
    @Unique
    @StringLength(64)
    String getAcceptedKey();

    void setAcceptedKey(String acceptedKey);

    /** @return the {@code ACCEPTED_KEY} of the accepted answer of that question */
    static String acceptedKey(int questionId) {
        return "accepted:" + questionId;
    }

    /** @return a fresh {@code ACCEPTED_KEY} for an answer that is not accepted (unique, as the column must be) */
    static String openKey() {
        return "open:" + java.util.UUID.randomUUID();
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

    /** e.g. {@code stackexchange:coffee.stackexchange.com:a:456}; unique; {@code local:<random UUID>} for answers written here. */
    @Unique
    @StringLength(255)
    String getSourceKey();

    void setSourceKey(String sourceKey);

    @StringLength(450)
    String getSourceUrl();

    void setSourceUrl(String sourceUrl);

    /**
     * Written with a fresh value by every change of this row's counters before it reads them: the write takes the
     * row's lock, so concurrent changes queue and each reads what the previous one committed. Active Objects cannot
     * send {@code UPDATE … SET X = X + ?}; this gives the same guarantee with the statements it can send. Its value
     * means nothing.
     */
    @NotNull
    @Default("0")
    int getLockToken();

    void setLockToken(int lockToken);

    /**
     * Whether this answer crossed communities when it was written: true when its author is a Confluence user other than
     * the asker, the asker was a member of at least one community and the author a member of none of those; false
     * otherwise (imported authors, self-answers, co-members, askers who were members nowhere). Community health counts
     * cross-pollination from it. Null when not known: written by a node older than model version 5 (the upgrade task
     * fills it from the memberships of the time it runs) or restored from an archive with a Confluence author; health
     * then looks the memberships up as they are now.
     */
    Boolean getCrossCommunity();

    void setCrossCommunity(Boolean crossCommunity);
}

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
 * A question asked in a community. Table {@code AO_<hash>_QUESTION}; only the DAOs of this package use it.
 * <p>
 * Counters ({@code SCORE}, {@code ANSWER_COUNT}) are changed by single {@code UPDATE … SET X = X + ?} statements,
 * never read-modify-write. {@code LIST_STATE} is kept in step with the answers and the close state in the same
 * transaction so that the state filters of a list are one indexed column.
 */
@Table("Question")
@Preload
@Indexes({
        // with the id and the author, so that community health reads a period's questions from the index alone
        @Index(name = "q_community_new", methodNames = {"getCommunityId", "isDeleted", "getCreatedAt", "getID",
                "getAuthorKey", "getExternalAuthorId"}),
        @Index(name = "q_community_active", methodNames = {"getCommunityId", "isDeleted", "getLastActivityAt"}),
        // with the time asked and the id, so that the oldest questions in a state (community health's unanswered
        // list) are read in index order and counted from the index alone
        @Index(name = "q_community_state", methodNames = {"getCommunityId", "isDeleted", "getListState",
                "getCreatedAt", "getID"}),
        // the list sorted by score, with the id that breaks ties among the many equal scores, so that a page is read
        // in index order without sorting
        @Index(name = "q_community_score", methodNames = {"getCommunityId", "isDeleted", "getScore", "getID"})
})
public interface QuestionEntity extends Entity {

    String ID = "ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String AUTHOR_KEY = "AUTHOR_KEY";
    String EXTERNAL_AUTHOR_ID = "EXTERNAL_AUTHOR_ID";
    String TITLE = "TITLE";
    String BODY_TEXT = "BODY_TEXT";
    String SCORE = "SCORE";
    String ANSWER_COUNT = "ANSWER_COUNT";
    String ACCEPTED_ANSWER_ID = "ACCEPTED_ANSWER_ID";
    String LIST_STATE = "LIST_STATE";
    String CLOSE_REASON = "CLOSE_REASON";
    String DUPLICATE_OF_ID = "DUPLICATE_OF_ID";
    String CLOSED_BY = "CLOSED_BY";
    String CLOSED_AT = "CLOSED_AT";
    String DELETED = "DELETED";
    String DELETED_BY = "DELETED_BY";
    String DELETED_AT = "DELETED_AT";
    String REVISION = "REVISION";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String LAST_ACTIVITY_AT = "LAST_ACTIVITY_AT";
    String SOURCE_KEY = "SOURCE_KEY";
    String SOURCE_URL = "SOURCE_URL";
    String LOCK_TOKEN = "LOCK_TOKEN";

    /** The community's id ({@code CommunityEntity}); a plain column, communities are never deleted. */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    /** The Confluence user key of the asker; null when the asker is an {@link ExternalPersonEntity external person}. */
    @Indexed
    @StringLength(255)
    String getAuthorKey();

    void setAuthorKey(String authorKey);

    /** The {@link ExternalPersonEntity} who asked, for imported content; null for Confluence users. */
    Integer getExternalAuthorId();

    void setExternalAuthorId(Integer externalAuthorId);

    @NotNull
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    /** CommonMark source (imported posts hold HTML, which CommonMark passes through); sanitised on every output. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBodyText();

    void setBodyText(String bodyText);

    @NotNull
    @Default("0")
    int getScore();

    void setScore(int score);

    /** Answers not deleted. */
    @NotNull
    @Default("0")
    int getAnswerCount();

    void setAnswerCount(int answerCount);

    Integer getAcceptedAnswerId();

    void setAcceptedAnswerId(Integer acceptedAnswerId);

    /** {@code unanswered}, {@code answered} (without an accepted answer), {@code accepted} or {@code closed}. */
    @NotNull
    @StringLength(16)
    String getListState();

    void setListState(String listState);

    /** {@code duplicate}, {@code off-topic} or {@code resolved} while closed; null while open. */
    @StringLength(32)
    String getCloseReason();

    void setCloseReason(String closeReason);

    /** Indexed: every question page looks up the questions closed as duplicates of the one shown. */
    @Indexed
    Integer getDuplicateOfId();

    void setDuplicateOfId(Integer duplicateOfId);

    @StringLength(255)
    String getClosedBy();

    void setClosedBy(String closedBy);

    Date getClosedAt();

    void setClosedAt(Date closedAt);

    /** Soft deletion: moderators can restore; lists and counts leave deleted questions out. */
    @NotNull
    @Default("false")
    boolean isDeleted();

    void setDeleted(boolean deleted);

    @StringLength(255)
    String getDeletedBy();

    void setDeletedBy(String deletedBy);

    Date getDeletedAt();

    void setDeletedAt(Date deletedAt);

    /** The number of the newest {@link RevisionEntity revision}; 1 after asking. */
    @NotNull
    @Default("1")
    int getRevision();

    void setRevision(int revision);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    /**
     * When a node last wrote this row (its clock at the write): every write that changes the title, body, topics,
     * community, close state or deletion must set it to now. The node-local similar-question indexes catch up by
     * polling this indexed column (with an overlap window), so a write that leaves it alone stays invisible to them
     * until their next full rebuild. Imported questions get the time of the import, not the original edit date.
     */
    @NotNull
    @Indexed
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    /** When it was asked, answered, commented or accepted last: the "recent activity" sort. */
    @NotNull
    Date getLastActivityAt();

    void setLastActivityAt(Date lastActivityAt);

    /**
     * Where an imported question came from, e.g. {@code stackexchange:coffee.stackexchange.com:q:123}. Unique, so
     * that importing the same dump twice cannot duplicate it; {@code local:<random UUID>} for questions asked here
     * (Active Objects makes {@code @Unique} columns NOT NULL).
     */
    @Unique
    @StringLength(255)
    String getSourceKey();

    void setSourceKey(String sourceKey);

    /** The original post, for attribution (CC BY-SA); null for questions asked here. */
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
}

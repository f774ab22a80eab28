package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.Answer;
import org.guildhall.qa.PostAuthor;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.qa.ao.AnswerEntity.ACCEPTED_AT;
import static org.guildhall.qa.ao.AnswerEntity.ACCEPTED_BY;
import static org.guildhall.qa.ao.AnswerEntity.ACCEPTED_FOR;
import static org.guildhall.qa.ao.AnswerEntity.AUTHOR_KEY;
import static org.guildhall.qa.ao.AnswerEntity.BODY_TEXT;
import static org.guildhall.qa.ao.AnswerEntity.COMMUNITY_ID;
import static org.guildhall.qa.ao.AnswerEntity.CREATED_AT;
import static org.guildhall.qa.ao.AnswerEntity.DELETED;
import static org.guildhall.qa.ao.AnswerEntity.ID;
import static org.guildhall.qa.ao.AnswerEntity.QUESTION_ID;
import static org.guildhall.qa.ao.AnswerEntity.REVISION;
import static org.guildhall.qa.ao.AnswerEntity.SCORE;
import static org.guildhall.qa.ao.AnswerEntity.UPDATED_AT;
import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.instant;

/**
 * The only code that reads and writes answers. At most one answer per question is accepted: {@code ACCEPTED_KEY} is
 * unique, and every change of acceptance runs under the question's lock ({@link QuestionDao#lock}).
 */
@Component
public class AnswerDao {

    private final ActiveObjects ao;

    public AnswerDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Stores a new answer (revision 1) without knowing whether it crosses communities ({@code CROSS_COMMUNITY} null,
     * as a node older than model version 5 writes it: community health then looks the memberships up when it reads).
     * Call inside a transaction.
     */
    public Answer insert(long questionId, long communityId, String authorKey, String body, Instant now) {
        return insert(questionId, communityId, authorKey, body, now, null);
    }

    /**
     * Stores a new answer (revision 1). Call inside a transaction.
     *
     * @param crossCommunity whether its author is, at this moment, an outsider to the asker's communities
     *                       ({@link org.guildhall.community.ao.MembershipDao#isOutsider})
     */
    public Answer insert(long questionId, long communityId, String authorKey, String body, Instant now,
                         Boolean crossCommunity) {
        Map<String, Object> row = new HashMap<>();
        row.put(QUESTION_ID, (int) questionId);
        row.put(COMMUNITY_ID, (int) communityId);
        row.put(AUTHOR_KEY, authorKey);
        row.put(BODY_TEXT, body);
        row.put(SCORE, 0);
        row.put(DELETED, Boolean.FALSE);
        row.put(REVISION, 1);
        row.put(CREATED_AT, date(now));
        row.put(UPDATED_AT, date(now));
        row.put(AnswerEntity.SOURCE_KEY, SqlLists.localSourceKey());
        row.put(AnswerEntity.ACCEPTED_KEY, AnswerEntity.openKey());
        row.put(AnswerEntity.LOCK_TOKEN, 0);
        row.put(AnswerEntity.CROSS_COMMUNITY, crossCommunity);
        return toRecord(ao.create(AnswerEntity.class, row));
    }

    public Optional<Answer> find(long id) {
        return Arrays.stream(ao.find(AnswerEntity.class, Query.select().where(ID + " = ?", (int) id)))
                .findFirst().map(AnswerDao::toRecord);
    }

    /** @return all answers of the question, deleted ones included, in id order (one statement) */
    public List<Answer> findByQuestion(long questionId) {
        return Arrays.stream(ao.find(AnswerEntity.class, Query.select().where(QUESTION_ID + " = ?", (int) questionId)
                .order(ID + " ASC"))).map(AnswerDao::toRecord).toList();
    }

    /** @return the question's accepted answer, if any */
    public Optional<Answer> findAccepted(long questionId) {
        return Arrays.stream(ao.find(AnswerEntity.class, Query.select().where(ACCEPTED_FOR + " = ?", (int) questionId)))
                .findFirst().map(AnswerDao::toRecord);
    }

    /** Takes the answer row's write lock and reads it afresh. Call inside a transaction before changing its score. */
    public Optional<Answer> lock(long id) {
        AnswerEntity[] found = ao.find(AnswerEntity.class, Query.select().where(ID + " = ?", (int) id));
        if (found.length == 0) {
            return Optional.empty();
        }
        found[0].setLockToken(SqlLists.nextToken(found[0].getLockToken()));
        found[0].save();
        return find(id);
    }

    /** Adds {@code delta} to the score. Call under {@link #lock}. */
    public void addToScore(long id, int delta) {
        AnswerEntity entity = fresh(id);
        entity.setScore(entity.getScore() + delta);
        entity.save();
    }

    /** Marks the answer accepted (actor non-null) or not (actor null). Call under the question's lock. */
    public void setAccepted(long id, String actorKey, Instant now) {
        AnswerEntity entity = fresh(id);
        entity.setAcceptedFor(actorKey == null ? null : entity.getQuestionId());
        entity.setAcceptedKey(actorKey == null
                ? AnswerEntity.openKey() : AnswerEntity.acceptedKey(entity.getQuestionId()));
        entity.setAcceptedBy(actorKey);
        entity.setAcceptedAt(actorKey == null ? null : date(now));
        entity.save();
    }

    /** Stores an edit. Call inside a transaction, after the revision row was written. */
    public void edit(long id, String body, int revision, Instant now) {
        AnswerEntity entity = fresh(id);
        entity.setBodyText(body);
        entity.setRevision(revision);
        entity.setUpdatedAt(date(now));
        entity.save();
    }

    /** Soft-deletes (also un-accepting) or restores. Call under the question's lock. */
    public void setDeleted(long id, boolean deleted, String actorKey, Instant now) {
        AnswerEntity entity = fresh(id);
        entity.setDeleted(deleted);
        entity.setDeletedBy(deleted ? actorKey : null);
        entity.setDeletedAt(deleted ? date(now) : null);
        if (deleted) {
            entity.setAcceptedFor(null);
            entity.setAcceptedKey(AnswerEntity.openKey());
            entity.setAcceptedBy(null);
            entity.setAcceptedAt(null);
        }
        entity.save();
    }

    private AnswerEntity fresh(long id) {
        AnswerEntity[] found = ao.find(AnswerEntity.class, Query.select().where(ID + " = ?", (int) id));
        if (found.length == 0) {
            throw new IllegalStateException("No answer " + id);
        }
        return found[0];
    }

    private static Answer toRecord(AnswerEntity entity) {
        return new Answer(entity.getID(), entity.getQuestionId(), entity.getCommunityId(),
                new PostAuthor(entity.getAuthorKey(), entity.getExternalAuthorId()), entity.getBodyText(),
                entity.getScore(), entity.getAcceptedFor() != null, entity.getAcceptedBy(),
                instant(entity.getAcceptedAt()), entity.isDeleted(), entity.getDeletedBy(),
                instant(entity.getDeletedAt()), entity.getRevision(), instant(entity.getCreatedAt()),
                instant(entity.getUpdatedAt()), entity.getSourceUrl());
    }
}

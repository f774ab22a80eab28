package org.guildhall.qa;

import java.time.Instant;

/**
 * The events Q&A publishes (through {@code AppEvents}, after commit) for notifications and activity streams. Each
 * carries ids, the community's space key, the person who acted and when.
 */
public final class QaEvents {

    private QaEvents() {
    }

    public record QuestionAskedEvent(long questionId, String spaceKey, String actorKey, Instant at) {
    }

    public record AnswerPostedEvent(long answerId, long questionId, String spaceKey, String actorKey, Instant at) {
    }

    /** @param postType {@code question} or {@code answer} */
    public record CommentPostedEvent(long commentId, String postType, long postId, long questionId, String spaceKey,
                                     String actorKey, Instant at) {
    }

    /** @param accepted false when the acceptance was withdrawn */
    public record AnswerAcceptedEvent(long answerId, long questionId, String spaceKey, String actorKey,
                                      boolean accepted, Instant at) {
    }

    /** @param reason {@code duplicate}, {@code off-topic}, {@code resolved}, or null when reopened */
    public record QuestionClosedEvent(long questionId, String spaceKey, String actorKey, String reason,
                                      Long duplicateOfId, Instant at) {
    }

    public record PostEditedEvent(String postType, long postId, long questionId, String spaceKey, String actorKey,
                                  int revision, Instant at) {
    }

    /** @param deleted false when restored */
    public record PostDeletedEvent(String postType, long postId, long questionId, String spaceKey, String actorKey,
                                   boolean deleted, Instant at) {
    }

    public record VoteCastEvent(String postType, long postId, long questionId, String spaceKey, String actorKey,
                                int value, Instant at) {
    }
}

package org.guildhall.qa;

import java.time.Instant;
import java.util.List;

/**
 * A question as services see it. Nullable: {@code acceptedAnswerId}, {@code closeReason}, {@code duplicateOfId},
 * {@code closedBy}, {@code closedAt}, {@code deletedBy}, {@code deletedAt}, {@code sourceUrl}.
 *
 * @param body   CommonMark source; render it only through {@link PostRenderer}
 * @param topics normalised, in the order the asker gave them
 */
public record Question(long id, long communityId, PostAuthor author, String title, String body, int score,
                       int answerCount, Long acceptedAnswerId, ListState state, CloseReason closeReason,
                       Long duplicateOfId, String closedBy, Instant closedAt, boolean deleted, String deletedBy,
                       Instant deletedAt, int revision, Instant createdAt, Instant updatedAt, Instant lastActivityAt,
                       String sourceUrl, List<String> topics) {

    public Question {
        topics = List.copyOf(topics);
    }

    public boolean closed() {
        return closeReason != null;
    }

    public Question withTopics(List<String> newTopics) {
        return new Question(id, communityId, author, title, body, score, answerCount, acceptedAnswerId, state,
                closeReason, duplicateOfId, closedBy, closedAt, deleted, deletedBy, deletedAt, revision, createdAt,
                updatedAt, lastActivityAt, sourceUrl, newTopics);
    }
}

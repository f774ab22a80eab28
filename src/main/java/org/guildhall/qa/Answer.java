package org.guildhall.qa;

import java.time.Instant;

/** An answer as services see it. Nullable: {@code acceptedBy}, {@code acceptedAt}, {@code deletedBy}, {@code deletedAt}, {@code sourceUrl}. */
public record Answer(long id, long questionId, long communityId, PostAuthor author, String body, int score,
                     boolean accepted, String acceptedBy, Instant acceptedAt, boolean deleted, String deletedBy,
                     Instant deletedAt, int revision, Instant createdAt, Instant updatedAt, String sourceUrl) {
}

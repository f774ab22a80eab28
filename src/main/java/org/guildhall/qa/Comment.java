package org.guildhall.qa;

import java.time.Instant;

/** A short comment on a question or an answer. */
public record Comment(long id, PostType postType, long postId, long questionId, long communityId, PostAuthor author,
                      String body, boolean deleted, Instant createdAt) {
}

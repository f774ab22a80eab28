package org.guildhall.qa;

import java.time.Instant;

/**
 * A comment was posted on a question or on one of its answers.
 * Published through {@link org.guildhall.platform.AppEvents} after the change has been committed.
 *
 * @param spaceKey the community's space key
 * @param actorKey the user key of the person who acted
 */
public record CommentPostedEvent(long questionId, long commentId, String spaceKey, String actorKey, Instant at) {
}

package org.guildhall.qa;

import java.time.Instant;

/**
 * A question was asked.
 * Published through {@link org.guildhall.platform.AppEvents} after the change has been committed.
 *
 * @param spaceKey the community's space key
 * @param actorKey the user key of the person who acted
 */
public record QuestionAskedEvent(long questionId, String spaceKey, String actorKey, Instant at) {
}

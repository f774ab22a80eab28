package org.guildhall.qa;

import java.time.Instant;

/**
 * An answer was accepted as the question's best answer.
 * Published through {@link org.guildhall.platform.AppEvents} after the change has been committed.
 *
 * @param spaceKey the community's space key
 * @param actorKey the user key of the person who acted
 */
public record AnswerAcceptedEvent(long questionId, long answerId, String spaceKey, String actorKey, Instant at) {
}

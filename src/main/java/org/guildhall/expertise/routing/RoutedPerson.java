package org.guildhall.expertise.routing;

import java.time.Instant;

/**
 * One person a question was routed to.
 *
 * @param round      1 when the question was asked, 2 and 3 on escalation
 * @param declinedAt when they said "not my area"; null while they have not
 */
public record RoutedPerson(long questionId, String personKey, int round, Instant askedAt, Instant declinedAt) {
}

package org.guildhall.analytics;

/**
 * A community's health figures for one period. Shares are between 0 and 1 and null when there was nothing to
 * divide by; durations are in seconds and null when nothing was measured.
 *
 * @param activeMembers           people who asked, answered, commented or voted
 * @param newMembers              people who joined (or founded the community, or were approved)
 * @param leftMembers             people who left, were removed or banned
 * @param returningMembers        active people who had posted in the community before the period
 * @param questionsAsked          questions asked in the period and not deleted
 * @param answeredShare           of those, the share answered (before the period ended) by someone other than the
 *                                asker
 * @param acceptedShare           the share with an accepted answer (accepted before the period ended)
 * @param firstAnswerMedian       median time to the first answer by someone other than the asker (nearest rank)
 * @param firstAnswerP90          90th percentile of the same (nearest rank)
 * @param acceptedMedian          median time from asking to the accepted answer being accepted
 * @param crossPollinationShare   of the answered questions, the share answered by a Confluence user who belongs to
 *                                none of the communities the asker belongs to (askers without any count as not)
 * @param firstTimeShare          of the answered questions, the share answered by a newcomer of the period
 * @param newcomers               people whose first post in the community landed in the period
 * @param routedQuestions         questions asked in the period that were routed to experts
 * @param routedAnsweredShare     of those, the share answered by a person it was routed to
 * @param routingDeclines         how often routed people declined those questions
 */
public record HealthFigures(int activeMembers, int newMembers, int leftMembers, int returningMembers,
                            int questionsAsked, Double answeredShare, Double acceptedShare, Long firstAnswerMedian,
                            Long firstAnswerP90, Long acceptedMedian, Double crossPollinationShare,
                            Double firstTimeShare, int newcomers, int routedQuestions, Double routedAnsweredShare,
                            int routingDeclines) {
}

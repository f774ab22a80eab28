package org.guildhall.qa.importer;

/**
 * A question suggested as similar to a title being typed, as the reader may see it now.
 *
 * @param accepted true when it has an accepted answer
 */
public record SimilarQuestion(int id, String title, int score, int answerCount, boolean accepted,
                              String communitySpaceKey, String communityName) {
}

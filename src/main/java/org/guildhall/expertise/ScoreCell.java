package org.guildhall.expertise;

/**
 * The sum of one person's evidence in one topic and one community, as stored.
 *
 * @param weighted the decay-ready sum (see {@link ExpertiseScoring#weight}); {@link ExpertiseScoring#decayed} turns it
 *                 into the score at a given time
 * @param points   the undecayed sum
 */
public record ScoreCell(String personKey, String topic, long communityId, double weighted, double points, int items,
                        int accepted, int answers, int questions, int pages) {
}

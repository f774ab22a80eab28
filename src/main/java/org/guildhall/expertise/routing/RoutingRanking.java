package org.guildhall.expertise.routing;

/**
 * How routing orders candidates for a question, on top of {@link org.guildhall.expertise.ExpertiseScoring}:
 * <pre>
 *   routing score = Σ over the question's topics of (topic evidence / (1 + declines in that topic))
 *                   + {@value #GENERAL_EVIDENCE_WEIGHT} × evidence in all topics
 * </pre>
 * (all evidence as stored sums, so decayed alike). The general term smooths the topic estimate with the person's
 * overall record — the classic mixture of a specific and a background model in expert finding: tags are sparse and
 * noisy, and someone who answers a lot in the community is a better bet than someone with one old answer in the tag.
 * On the replayed Stack Exchange samples the pooled result hardly moves for weights between 0.1 and 1 (see the
 * README), so the weight is not tuned to the data. A decline ("not my area") divides that topic's part, so each
 * decline pushes the person further down for that topic only.
 */
public final class RoutingRanking {

    public static final double GENERAL_EVIDENCE_WEIGHT = 0.3;

    private RoutingRanking() {
    }

    /** @return the part one topic adds to the routing score, after the person's declines in it */
    public static double topicPart(double topicEvidence, int declines) {
        return topicEvidence / (1 + Math.max(0, declines));
    }

    /** @return the routing score from the summed topic parts and the person's evidence in all topics */
    public static double score(double topicParts, double generalEvidence) {
        return topicParts + GENERAL_EVIDENCE_WEIGHT * generalEvidence;
    }
}

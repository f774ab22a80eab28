package org.guildhall.qa;

/**
 * Points per event, set by system administrators. Defaults follow Stack Exchange: an up vote on an answer +10, on a
 * question +5, a down vote −2, an accepted answer +15.
 */
public record ReputationWeights(int questionUpVote, int questionDownVote, int answerUpVote, int answerDownVote,
                                int acceptedAnswer) {

    public static final ReputationWeights DEFAULTS = new ReputationWeights(5, -2, 10, -2, 15);
    /** Each weight lies within ±this, so no total can overflow for any realistic count. */
    public static final int MAX_ABS_WEIGHT = 1000;

    public int points(ReputationCounts counts) {
        return counts.questionUpVotes() * questionUpVote + counts.questionDownVotes() * questionDownVote
                + counts.answerUpVotes() * answerUpVote + counts.answerDownVotes() * answerDownVote
                + counts.acceptedAnswers() * acceptedAnswer;
    }
}

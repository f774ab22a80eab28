package org.guildhall.qa;

/** What a person's reputation is made of; {@link ReputationWeights#points} turns it into points. */
public record ReputationCounts(String personKey, int questionUpVotes, int questionDownVotes, int answerUpVotes,
                               int answerDownVotes, int acceptedAnswers) {

    public static ReputationCounts none(String personKey) {
        return new ReputationCounts(personKey, 0, 0, 0, 0, 0);
    }
}

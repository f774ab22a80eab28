package org.guildhall.qa;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points per event, set by system administrators. Defaults follow Stack Exchange: an up vote on an answer +10, on a
 * question +5, a down vote −2, an accepted answer +15.
 */
public record ReputationWeights(int questionUpVote, int questionDownVote, int answerUpVote, int answerDownVote,
                                int acceptedAnswer) implements java.io.Serializable {

    public static final ReputationWeights DEFAULTS = new ReputationWeights(5, -2, 10, -2, 15);
    /** Each weight lies within ±this, so no total can overflow for any realistic count. */
    public static final int MAX_ABS_WEIGHT = 1000;

    /** @return the i18n error key per weight (named as in JSON) that is missing or outside ±{@value #MAX_ABS_WEIGHT} */
    public static Map<String, String> errors(Integer questionUpVote, Integer questionDownVote, Integer answerUpVote,
                                             Integer answerDownVote, Integer acceptedAnswer) {
        Map<String, Integer> given = new LinkedHashMap<>();
        given.put("questionUpVote", questionUpVote);
        given.put("questionDownVote", questionDownVote);
        given.put("answerUpVote", answerUpVote);
        given.put("answerDownVote", answerDownVote);
        given.put("acceptedAnswer", acceptedAnswer);
        Map<String, String> errors = new LinkedHashMap<>();
        given.forEach((field, value) -> {
            if (value == null || Math.abs(value) > MAX_ABS_WEIGHT) {
                errors.put(field, "guildhall.error.reputation.weight");
            }
        });
        return errors;
    }

    public int points(ReputationCounts counts) {
        return counts.questionUpVotes() * questionUpVote + counts.questionDownVotes() * questionDownVote
                + counts.answerUpVotes() * answerUpVote + counts.answerDownVotes() * answerDownVote
                + counts.acceptedAnswers() * acceptedAnswer;
    }
}

package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The reputation weights system administrators set: one row, key {@code default}. Table
 * {@code AO_<hash>_QA_WEIGHTS} (a short name: the primary key constraint adds "_pkey" within 30 characters). In the database rather than a node's memory, so every node of a cluster
 * computes the same points.
 */
@Table("QaWeights")
public interface ReputationWeightsEntity extends Entity {

    String SETTINGS_KEY = "SETTINGS_KEY";
    String QUESTION_UP_VOTE = "QUESTION_UP_VOTE";
    String QUESTION_DOWN_VOTE = "QUESTION_DOWN_VOTE";
    String ANSWER_UP_VOTE = "ANSWER_UP_VOTE";
    String ANSWER_DOWN_VOTE = "ANSWER_DOWN_VOTE";
    String ACCEPTED_ANSWER = "ACCEPTED_ANSWER";

    @NotNull
    @Unique
    @StringLength(32)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    int getQuestionUpVote();

    void setQuestionUpVote(int points);

    @NotNull
    int getQuestionDownVote();

    void setQuestionDownVote(int points);

    @NotNull
    int getAnswerUpVote();

    void setAnswerUpVote(int points);

    @NotNull
    int getAnswerDownVote();

    void setAnswerDownVote(int points);

    @NotNull
    int getAcceptedAnswer();

    void setAcceptedAnswer(int points);
}

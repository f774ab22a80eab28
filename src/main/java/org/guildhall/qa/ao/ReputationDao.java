package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.privacy.PersonalData;
import org.guildhall.qa.ReputationCounts;
import org.guildhall.qa.ReputationWeights;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.qa.ao.ReputationEntity.ACCEPTED_ANSWERS;
import static org.guildhall.qa.ao.ReputationEntity.ANSWER_DOWN_VOTES;
import static org.guildhall.qa.ao.ReputationEntity.ANSWER_UP_VOTES;
import static org.guildhall.qa.ao.ReputationEntity.PERSON_KEY;
import static org.guildhall.qa.ao.ReputationEntity.QUESTION_DOWN_VOTES;
import static org.guildhall.qa.ao.ReputationEntity.QUESTION_UP_VOTES;
import static org.guildhall.qa.ao.SqlLists.placeholders;

/**
 * The only code that reads and writes reputation counts and the reputation weights. Counts change under the row's
 * lock ({@code LOCK_TOKEN}), so concurrent votes for the same person queue and none is lost.
 */
@Component
public class ReputationDao {

    private static final String WEIGHTS_KEY = "default";

    private final ActiveObjects ao;

    public ReputationDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Adds the deltas to the person's counts, creating their row first when needed. Call inside a transaction that
     * retries on conflict (two first votes for the same person both create the row; the retry finds it). A deleted
     * person's former-user key collects nothing: votes on their old posts still count for the posts.
     */
    public void add(String personKey, int questionUp, int questionDown, int answerUp, int answerDown, int accepted) {
        if (personKey == null || PersonalData.isFormerUser(personKey)
                || (questionUp | questionDown | answerUp | answerDown | accepted) == 0) {
            return;
        }
        ReputationEntity[] found = ao.find(ReputationEntity.class, Query.select().where(PERSON_KEY + " = ?", personKey));
        if (found.length == 0) {
            Map<String, Object> row = new HashMap<>();
            row.put(PERSON_KEY, personKey);
            row.put(QUESTION_UP_VOTES, Math.max(0, questionUp));
            row.put(QUESTION_DOWN_VOTES, Math.max(0, questionDown));
            row.put(ANSWER_UP_VOTES, Math.max(0, answerUp));
            row.put(ANSWER_DOWN_VOTES, Math.max(0, answerDown));
            row.put(ACCEPTED_ANSWERS, Math.max(0, accepted));
            row.put(ReputationEntity.LOCK_TOKEN, 0);
            ao.create(ReputationEntity.class, row);
            return;
        }
        found[0].setLockToken(SqlLists.nextToken(found[0].getLockToken()));
        found[0].save();
        ReputationEntity locked = ao.find(ReputationEntity.class, Query.select().where(PERSON_KEY + " = ?", personKey))[0];
        locked.setQuestionUpVotes(Math.max(0, locked.getQuestionUpVotes() + questionUp));
        locked.setQuestionDownVotes(Math.max(0, locked.getQuestionDownVotes() + questionDown));
        locked.setAnswerUpVotes(Math.max(0, locked.getAnswerUpVotes() + answerUp));
        locked.setAnswerDownVotes(Math.max(0, locked.getAnswerDownVotes() + answerDown));
        locked.setAcceptedAnswers(Math.max(0, locked.getAcceptedAnswers() + accepted));
        locked.save();
    }

    /** @return the counts of these people (those without a row have none), one statement per 500 people */
    public Map<String, ReputationCounts> find(Collection<String> personKeys) {
        Map<String, ReputationCounts> counts = new HashMap<>();
        List<String> keys = personKeys.stream().filter(key -> key != null).distinct().toList();
        for (List<String> slice : SqlLists.slices(keys)) {
            Arrays.stream(ao.find(ReputationEntity.class, Query.select()
                            .where(PERSON_KEY + " IN (" + placeholders(slice.size()) + ")", slice.toArray())))
                    .forEach(row -> counts.put(row.getPersonKey(), new ReputationCounts(row.getPersonKey(),
                            row.getQuestionUpVotes(), row.getQuestionDownVotes(), row.getAnswerUpVotes(),
                            row.getAnswerDownVotes(), row.getAcceptedAnswers())));
        }
        keys.forEach(key -> counts.putIfAbsent(key, ReputationCounts.none(key)));
        return counts;
    }

    /** @return the stored weights, or the defaults when an administrator never set them */
    public ReputationWeights weights() {
        ReputationWeightsEntity[] found = ao.find(ReputationWeightsEntity.class,
                Query.select().where(ReputationWeightsEntity.SETTINGS_KEY + " = ?", WEIGHTS_KEY));
        if (found.length == 0) {
            return ReputationWeights.DEFAULTS;
        }
        ReputationWeightsEntity row = found[0];
        return new ReputationWeights(row.getQuestionUpVote(), row.getQuestionDownVote(), row.getAnswerUpVote(),
                row.getAnswerDownVote(), row.getAcceptedAnswer());
    }

    /** Stores the weights. Call inside a transaction that retries on conflict (the row's key is unique). */
    public void saveWeights(ReputationWeights weights) {
        ReputationWeightsEntity[] found = ao.find(ReputationWeightsEntity.class,
                Query.select().where(ReputationWeightsEntity.SETTINGS_KEY + " = ?", WEIGHTS_KEY));
        ReputationWeightsEntity row;
        if (found.length == 0) {
            Map<String, Object> values = new HashMap<>();
            values.put(ReputationWeightsEntity.SETTINGS_KEY, WEIGHTS_KEY);
            values.put(ReputationWeightsEntity.QUESTION_UP_VOTE, weights.questionUpVote());
            values.put(ReputationWeightsEntity.QUESTION_DOWN_VOTE, weights.questionDownVote());
            values.put(ReputationWeightsEntity.ANSWER_UP_VOTE, weights.answerUpVote());
            values.put(ReputationWeightsEntity.ANSWER_DOWN_VOTE, weights.answerDownVote());
            values.put(ReputationWeightsEntity.ACCEPTED_ANSWER, weights.acceptedAnswer());
            ao.create(ReputationWeightsEntity.class, values);
            return;
        }
        row = found[0];
        row.setQuestionUpVote(weights.questionUpVote());
        row.setQuestionDownVote(weights.questionDownVote());
        row.setAnswerUpVote(weights.answerUpVote());
        row.setAnswerDownVote(weights.answerDownVote());
        row.setAcceptedAnswer(weights.acceptedAnswer());
        row.save();
    }
}

package org.guildhall.qa;

import org.guildhall.admin.AuditLog;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.ao.ReputationDao;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Reputation points: counts kept by {@link Voting}, weighted by what system administrators set. */
@Component
public class Reputation {

    private final ReputationDao reputationDao;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final AuditLog auditLog;

    public Reputation(ReputationDao reputationDao, CurrentUser currentUser, Transactions transactions,
                      AuditLog auditLog) {
        this.reputationDao = reputationDao;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.auditLog = auditLog;
    }

    /** @return points per person key (two statements: weights and counts), 0 for people without any */
    public Map<String, Integer> points(Collection<String> personKeys) {
        ReputationWeights weights = reputationDao.weights();
        Map<String, Integer> points = new HashMap<>();
        reputationDao.find(personKeys).forEach((key, counts) -> points.put(key, weights.points(counts)));
        return points;
    }

    /** @return the weights; system administrators only (403/401 otherwise) */
    public ReputationWeights weights() {
        requireAdministrator();
        return reputationDao.weights();
    }

    /**
     * Sets the weights. System administrators only.
     *
     * @throws InvalidInput naming each weight that is missing or outside ±{@value ReputationWeights#MAX_ABS_WEIGHT}
     */
    public ReputationWeights saveWeights(Integer questionUpVote, Integer questionDownVote, Integer answerUpVote,
                                         Integer answerDownVote, Integer acceptedAnswer) {
        requireAdministrator();
        Map<String, String> errors = ReputationWeights.errors(questionUpVote, questionDownVote, answerUpVote,
                answerDownVote, acceptedAnswer);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ReputationWeights weights = new ReputationWeights(questionUpVote, questionDownVote, answerUpVote,
                answerDownVote, acceptedAnswer);
        transactions.inTransactionRetryingOnConflict(() -> {
            ReputationWeights before = reputationDao.weights();
            reputationDao.saveWeights(weights);
            auditLog.recordChange("reputation.weights", before, weights);
            return null;
        });
        return weights;
    }

    private void requireAdministrator() {
        if (currentUser.userKey().isEmpty()) {
            throw new AccessDenied("guildhall.error.login-required");
        }
        if (!currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.reputation.not-admin");
        }
    }
}

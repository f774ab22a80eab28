package org.guildhall.qa;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
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
import java.util.concurrent.TimeUnit;

/** Reputation points: counts kept by {@link Voting}, weighted by what system administrators set. */
@Component
public class Reputation {

    /**
     * The weights, which every page showing names needs and which change only when an administrator saves them: one
     * entry, dropped on every node when they are saved, and kept at most {@value #WEIGHTS_MAX_AGE_SECONDS} s anyway.
     */
    static final String WEIGHTS_CACHE = "org.guildhall.qa.reputation-weights";
    static final long WEIGHTS_MAX_AGE_SECONDS = 300;
    private static final String WEIGHTS_KEY = "weights";

    private final ReputationDao reputationDao;
    private final CurrentUser currentUser;
    private final Transactions transactions;
    private final AuditLog auditLog;
    private final Cache<String, ReputationWeights> weights;

    public Reputation(ReputationDao reputationDao, CurrentUser currentUser, Transactions transactions,
                      AuditLog auditLog, @ComponentImport CacheManager caches) {
        this.reputationDao = reputationDao;
        this.currentUser = currentUser;
        this.transactions = transactions;
        this.auditLog = auditLog;
        this.weights = caches.getCache(WEIGHTS_CACHE, key -> reputationDao.weights(), new CacheSettingsBuilder()
                .remote().replicateViaInvalidation().maxEntries(1)
                .expireAfterWrite(WEIGHTS_MAX_AGE_SECONDS, TimeUnit.SECONDS).build());
    }

    /** @return points per person key (one statement for the counts; the weights are cached), 0 for people without any */
    public Map<String, Integer> points(Collection<String> personKeys) {
        ReputationWeights weights = this.weights.get(WEIGHTS_KEY);
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
        // after the commit, so that no node loads the old row again after the drop
        this.weights.remove(WEIGHTS_KEY);
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

package org.guildhall.expertise;

import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.QuestionIdsDao;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Recomputes all evidence and scores from the Q&A tables: for recovery (an event that failed to apply) and for
 * upgrades that change the scoring rule. Empties the evidence derived from Q&A and every score cell, counts the page
 * evidence (kept: Confluence's page events cannot be replayed) into the cells again, whole pages at a time, then refreshes every question in id order through the
 * same code the incremental updates use, one transaction per question (ids read 200 at a time). Events that
 * arrive while it runs may be applied twice or not at all for their question: run it again, or when the app is quiet.
 */
@Component
public class ExpertiseRebuild {

    static final int BATCH = 200;

    private final EvidenceDao evidenceDao;
    private final QuestionIdsDao questionIds;
    private final EvidenceRecorder recorder;
    private final Transactions transactions;
    private final CurrentUser currentUser;

    public ExpertiseRebuild(EvidenceDao evidenceDao, QuestionIdsDao questionIds, EvidenceRecorder recorder,
                            Transactions transactions, CurrentUser currentUser) {
        this.evidenceDao = evidenceDao;
        this.questionIds = questionIds;
        this.recorder = recorder;
        this.transactions = transactions;
        this.currentUser = currentUser;
    }

    /**
     * Rebuilds everything, as a system administrator asked.
     *
     * @return the number of questions read
     * @throws AccessDenied for anyone but a Confluence administrator (401 when anonymous)
     */
    public int rebuildAsAdministrator() {
        if (currentUser.userKey().isEmpty() || !currentUser.isAdministrator()) {
            throw new AccessDenied("guildhall.error.expertise.rebuild-not-allowed");
        }
        return rebuild();
    }

    /** Rebuilds everything; for start-up upgrades and tests (no permission check). */
    public int rebuild() {
        transactions.inTransaction(() -> {
            evidenceDao.deleteAllButPages();
            return null;
        });
        long afterPage = 0;
        while (true) {
            List<Long> pages = evidenceDao.pagesAfter(afterPage, BATCH);
            if (pages.isEmpty()) {
                break;
            }
            transactions.inTransactionRetryingOnConflict(() -> {
                recorder.count(evidenceDao.findPageItems(pages));
                return null;
            });
            afterPage = pages.get(pages.size() - 1);
        }
        int count = 0;
        long after = 0;
        while (true) {
            List<Long> ids = questionIds.idsAfter(after, BATCH);
            if (ids.isEmpty()) {
                return count;
            }
            for (long id : ids) {
                recorder.refreshQuestion(id);
            }
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }
}

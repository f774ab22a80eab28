package org.guildhall.expertise;

import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.EvidenceDao.StoredItem;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.Answer;
import org.guildhall.qa.PostType;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.PostDeletedEvent;
import org.guildhall.qa.QaEvents.PostEditedEvent;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.guildhall.qa.QaEvents.VoteCastEvent;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.QuestionDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Keeps evidence and scores in step with Q&A, incrementally: each Q&A event (asked, answered, accepted, voted on an
 * answer, edited, deleted or restored) re-derives the evidence of that one question and its answers with
 * {@link ExpertiseScoring#evidenceOf}, compares it with what is stored, and adds only the difference to the affected
 * score cells (and to the person's general cell in the community, where each piece of work counts once). Work per
 * event is bounded by one question's answers, never by history.
 * <p>
 * Runs under the question's row lock, so two events for the same question apply one after the other; cells are
 * changed in key order, so two questions never wait for each other's cells in opposite orders.
 */
@Component
public class EvidenceRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRecorder.class);

    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final EvidenceDao evidenceDao;
    private final Transactions transactions;

    public EvidenceRecorder(QuestionDao questionDao, AnswerDao answerDao, EvidenceDao evidenceDao,
                            Transactions transactions, AppEvents events) {
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.evidenceDao = evidenceDao;
        this.transactions = transactions;
        events.subscribe(QuestionAskedEvent.class, event -> refreshSafely(event.questionId()));
        events.subscribe(AnswerPostedEvent.class, event -> refreshSafely(event.questionId()));
        events.subscribe(AnswerAcceptedEvent.class, event -> refreshSafely(event.questionId()));
        events.subscribe(PostEditedEvent.class, event -> refreshSafely(event.questionId()));
        events.subscribe(PostDeletedEvent.class, event -> refreshSafely(event.questionId()));
        events.subscribe(VoteCastEvent.class, event -> {
            // question votes earn no expertise points; answer votes change the answer's points
            if (PostType.ANSWER.id().equals(event.postType())) {
                refreshSafely(event.questionId());
            }
        });
    }

    /**
     * Brings the stored evidence of one question (and its answers) in line with the Q&A tables, in one transaction.
     * For the app's own listeners and the rebuild; not a user action.
     */
    public void refreshQuestion(long questionId) {
        transactions.inTransactionRetryingOnConflict(() -> {
            Optional<Question> question = questionDao.lock(questionId);
            List<EvidenceItem> wanted = question.map(found -> ExpertiseScoring.evidenceOf(found,
                    answerDao.findByQuestion(questionId))).orElse(List.of());
            apply(wanted, evidenceDao.findByQuestion(questionId));
            return null;
        });
    }

    /** The Q&A change is committed already: a failure here must not fail the user's request (a rebuild repairs it). */
    private void refreshSafely(long questionId) {
        try {
            refreshQuestion(questionId);
        } catch (RuntimeException e) {
            LOG.warn("Could not update expertise evidence of question {}; a rebuild will repair it", questionId, e);
        }
    }

    /**
     * Stores {@code wanted} in place of {@code stored} (the items one question or one page gave before) and adds the
     * difference to the score cells. Call inside a transaction that retries on conflict.
     */
    void apply(List<EvidenceItem> wanted, List<StoredItem> stored) {
        Map<String, StoredItem> existing = new HashMap<>();
        stored.forEach(item -> existing.put(item.item().key(), item));
        Map<String, CellChange> changes = new TreeMap<>();
        for (EvidenceItem item : wanted) {
            StoredItem before = existing.remove(item.key());
            if (before == null) {
                evidenceDao.insert(item);
                change(changes, item, ScoreChange.of(item, 1));
            } else if (before.item().points() != item.points()
                    || !before.item().occurredAt().equals(item.occurredAt())) {
                evidenceDao.update(before.id(), item.points(), item.occurredAt());
                change(changes, item, ScoreChange.of(before.item(), -1).plus(ScoreChange.of(item, 1)));
            }
        }
        for (StoredItem gone : existing.values()) {
            evidenceDao.delete(gone.id());
            change(changes, gone.item(), ScoreChange.of(gone.item(), -1));
        }
        changeGeneral(changes, works(wanted), works(stored.stream().map(StoredItem::item).toList()));
        for (CellChange cell : new ArrayList<>(changes.values())) {
            evidenceDao.addToCell(cell.personKey(), cell.topic(), cell.communityId(), cell.change());
        }
    }

    /** Adds stored items to the score cells (the rebuild, after emptying the cells). Call inside a transaction. */
    void count(List<EvidenceItem> items) {
        Map<String, CellChange> changes = new TreeMap<>();
        items.forEach(item -> change(changes, item, ScoreChange.of(item, 1)));
        changeGeneral(changes, works(items), Map.of());
        for (CellChange cell : changes.values()) {
            evidenceDao.addToCell(cell.personKey(), cell.topic(), cell.communityId(), cell.change());
        }
    }

    /**
     * Each piece of work once (a person's answer, acceptance, question or page), whatever the number of its topics:
     * their items in every topic carry the same points and time.
     */
    private static Map<String, EvidenceItem> works(List<EvidenceItem> items) {
        Map<String, EvidenceItem> works = new TreeMap<>();
        items.forEach(item -> works.putIfAbsent(item.personKey() + "|" + item.kind().id() + "|" + item.postId(),
                item));
        return works;
    }

    /**
     * Keeps the general cells ({@link EvidenceDao#GENERAL_TOPIC}: a person's work in a community, each piece once) in
     * step: only work that came, went or changed its points or time changes them, so refreshing an unchanged question
     * writes nothing.
     */
    private static void changeGeneral(Map<String, CellChange> changes, Map<String, EvidenceItem> wanted,
                                      Map<String, EvidenceItem> stored) {
        for (Map.Entry<String, EvidenceItem> work : wanted.entrySet()) {
            EvidenceItem before = stored.get(work.getKey());
            EvidenceItem now = work.getValue();
            if (before == null) {
                change(changes, general(now), ScoreChange.of(now, 1));
            } else if (before.points() != now.points() || !before.occurredAt().equals(now.occurredAt())
                    || before.communityId() != now.communityId()) {
                change(changes, general(before), ScoreChange.of(before, -1));
                change(changes, general(now), ScoreChange.of(now, 1));
            }
        }
        for (Map.Entry<String, EvidenceItem> work : stored.entrySet()) {
            if (!wanted.containsKey(work.getKey())) {
                change(changes, general(work.getValue()), ScoreChange.of(work.getValue(), -1));
            }
        }
    }

    private static EvidenceItem general(EvidenceItem item) {
        return new EvidenceItem(item.personKey(), EvidenceDao.GENERAL_TOPIC, item.communityId(), item.kind(),
                item.postId(), item.questionId(), item.points(), item.occurredAt());
    }

    private static void change(Map<String, CellChange> changes, EvidenceItem item, ScoreChange change) {
        String key = item.communityId() + ":" + item.topic() + ":" + item.personKey();
        changes.merge(key, new CellChange(item.personKey(), item.topic(), item.communityId(), change),
                (a, b) -> new CellChange(a.personKey(), a.topic(), a.communityId(), a.change().plus(b.change())));
    }

    private record CellChange(String personKey, String topic, long communityId, ScoreChange change) {
    }
}

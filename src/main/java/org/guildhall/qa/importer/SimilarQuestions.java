package org.guildhall.qa.importer;

import jakarta.annotation.PreDestroy;
import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.qa.importer.SimilarQuestionIndex.Hit;
import org.guildhall.qa.importer.SimilarQuestionIndex.IndexedQuestion;
import org.guildhall.qa.importer.ao.SimilarQuestionsDao;
import org.guildhall.qa.importer.ao.SimilarQuestionsDao.Change;
import org.guildhall.qa.importer.ao.SimilarQuestionsDao.SuggestedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Suggests questions similar to a title being typed, from the questions the reader may see.
 *
 * <h2>Design for Data Center</h2>
 * <ul>
 * <li><b>Node-local index, database as the truth.</b> Each node keeps a {@link SimilarQuestionIndex} in memory
 * (bounded: ids and term statistics only). It is built from the database right after start by a local job
 * ({@link SimilarQuestionsWarmUp}; a request that comes earlier waits for it, or builds it when no job ran), or by
 * {@link #rebuild()}, and
 * every {@value #DEFAULT_POLL_MILLIS} ms (system property {@code qa.similar.pollMillis}) it catches up: one
 * query for the ids and {@code UPDATED_AT} of questions written since the previous poll minus an overlap of
 * {@value #OVERLAP_SECONDS} s (an indexed range on {@code UPDATED_AT}), then loads only those whose
 * {@code UPDATED_AT} differs from what the index holds. The overlap covers transactions that commit after a later
 * one (their rows carry the earlier time) and clock differences between nodes; writers must set {@code UPDATED_AT}
 * to now on every change (see {@code QuestionEntity}). Edits replace a question's entry; soft deletions remove it.</li>
 * <li><b>Permission-scoped before ranking.</b> The communities the reader may see come from {@link VisibleCommunities}
 * (enabled, space viewable) before the index is searched, and the index never scores questions of others; a
 * {@code community} parameter narrows to one community the reader may see.</li>
 * <li><b>Fresh rows.</b> The best candidates are read back from the database in one statement, so a deleted or moved
 * question that the index has not caught up with yet is dropped, and scores and answer counts are current.</li>
 * <li><b>Portable SQL.</b> Plain selects, {@code IN} lists and keyset paging; no database-specific search feature.</li>
 * <li><b>Constant SQL per request.</b> Two statements: the visible communities (or the one of the {@code community}
 * parameter), and the candidate rows.</li>
 * </ul>
 */
@Component
public class SimilarQuestions {

    public static final int MAX_LIMIT = 5;
    public static final int MAX_TITLE_LENGTH = 255;
    static final long DEFAULT_POLL_MILLIS = 2000;
    static final long OVERLAP_SECONDS = 120;
    /** Candidates read back per suggestion: spares for rows the index has not caught up with. */
    private static final int CANDIDATES_PER_RESULT = 4;
    private static final int REBUILD_PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(SimilarQuestions.class);

    private final SimilarQuestionsDao dao;
    private final VisibleCommunities visibleCommunities;
    private final Clock clock;
    private volatile SimilarQuestionIndex index;
    private Instant lastPoll;
    private ScheduledExecutorService poller;

    public SimilarQuestions(SimilarQuestionsDao dao, VisibleCommunities visibleCommunities, Clock clock) {
        this.dao = dao;
        this.visibleCommunities = visibleCommunities;
        this.clock = clock;
    }

    /**
     * Suggests up to {@code limit} questions whose titles (and topics and beginnings) are like {@code title}, best
     * first, among those the current user may see: not deleted, in an enabled community whose space they may view.
     * Anyone may call it; each reader sees only their own communities' questions.
     *
     * @param communitySpaceKey narrows to that community; null or empty for every community the reader may see
     * @throws InvalidInput naming {@code title} (empty or over 255 characters) or {@code limit} (not 1–5)
     * @throws NotFound     when the community does not exist or the reader may not see it
     */
    public List<SimilarQuestion> similar(String title, String communitySpaceKey, int limit) {
        if (title == null || title.isBlank()) {
            throw new InvalidInput(Map.of("title", "guildhall.similar.error.title.required"));
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInput(Map.of("title", "guildhall.similar.error.title.too-long"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.similar.error.limit"));
        }
        Map<Long, Community> visible;
        if (communitySpaceKey != null && !communitySpaceKey.isBlank()) {
            Community community = visibleCommunities.bySpaceKey(communitySpaceKey)
                    .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", communitySpaceKey));
            visible = Map.of(community.id(), community);
        } else {
            visible = visibleCommunities.all();
        }
        if (visible.isEmpty()) {
            return List.of();
        }
        BitSet visibleIds = new BitSet();
        visible.keySet().forEach(id -> visibleIds.set(Math.toIntExact(id)));
        List<Hit> hits = index().search(title, visibleIds::get, limit * CANDIDATES_PER_RESULT);
        return confirmed(hits, visible, limit);
    }

    /** Reads the candidates back: only rows that still exist, are not deleted and are in a visible community. */
    private List<SimilarQuestion> confirmed(List<Hit> hits, Map<Long, Community> visible, int limit) {
        Map<Integer, SuggestedRow> rows = new HashMap<>();
        for (SuggestedRow row : dao.suggested(hits.stream().map(Hit::questionId).toList())) {
            rows.put(row.id(), row);
        }
        List<SimilarQuestion> result = new ArrayList<>();
        for (Hit hit : hits) {
            SuggestedRow row = rows.get(hit.questionId());
            Community community = row == null ? null : visible.get((long) row.communityId());
            if (row == null || row.deleted() || community == null) {
                continue;
            }
            result.add(new SimilarQuestion(row.id(), row.title(), row.score(), row.answerCount(), row.accepted(),
                    community.spaceKey(), community.name()));
            if (result.size() == limit) {
                break;
            }
        }
        return result;
    }

    /** @return the index, built on first use, with the poller started */
    private SimilarQuestionIndex index() {
        SimilarQuestionIndex current = index;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (index == null) {
                rebuild();
                long pollMillis = Long.getLong("qa.similar.pollMillis", DEFAULT_POLL_MILLIS);
                poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "guildhall-similar-questions");
                    thread.setDaemon(true);
                    return thread;
                });
                poller.scheduleWithFixedDelay(this::catchUpQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
            }
            return index;
        }
    }

    /** Builds a new index from every question in the database and puts it in place of the old one. */
    public synchronized void rebuild() {
        Instant started = clock.now();
        SimilarQuestionIndex fresh = new SimilarQuestionIndex();
        int after = 0;
        while (true) {
            List<IndexedQuestion> page = dao.pageAfter(after, REBUILD_PAGE);
            fresh.apply(page);
            if (page.size() < REBUILD_PAGE) {
                break;
            }
            after = page.get(page.size() - 1).id();
        }
        if (fresh.isFull()) {
            LOG.warn("The similar-question index holds its maximum of {} questions; newer ones are not suggested",
                    fresh.maxDocuments());
        }
        index = fresh;
        lastPoll = started;
    }

    /** Applies what changed in the database since the last poll (minus the overlap) to this node's index. */
    public synchronized void catchUp() {
        SimilarQuestionIndex current = index();
        Instant started = clock.now();
        List<Change> changes = dao.changedSince(lastPoll.minus(Duration.ofSeconds(OVERLAP_SECONDS)));
        List<Integer> stale = new ArrayList<>();
        for (Change change : changes) {
            Long seen = current.updatedAt(change.id());
            if (seen == null || seen != change.updatedAt()) {
                stale.add(change.id());
            }
        }
        if (!stale.isEmpty()) {
            List<IndexedQuestion> loaded = dao.load(stale);
            current.apply(loaded);
        }
        lastPoll = started;
    }

    private void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("The similar-question index could not catch up; it tries again", e);
        }
    }

    /** @return how many questions this node's index holds */
    public int indexedQuestions() {
        return index().size();
    }

    @PreDestroy
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    Optional<Instant> lastPoll() {
        return Optional.ofNullable(lastPoll);
    }
}

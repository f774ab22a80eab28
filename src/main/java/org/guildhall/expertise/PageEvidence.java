package org.guildhall.expertise;

import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.EvidenceDao.StoredItem;
import org.guildhall.platform.BackgroundTasks;
import org.guildhall.platform.Transactions;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns work on Confluence pages and blog posts into expertise evidence, off the publishing thread: listeners hand a
 * {@link PageWork} over with {@link #recordLater} and return, and the app's {@link BackgroundTasks} thread stores it. Only
 * content in an enabled community's space counts, once per label that is a valid topic (see
 * {@link ExpertiseScoring}); a page whose labels change loses the items of labels it no longer has. Work dropped in a
 * burst or lost when a node stops is counted again at the page's next edit, which re-derives the page's items. Whether a reader may see a page is decided when reading ({@code ContentPermissions}), not here.
 */
@Component
public class PageEvidence {

    private final CommunityDao communityDao;
    private final EvidenceDao evidenceDao;
    private final EvidenceRecorder recorder;
    private final Transactions transactions;
    private final BackgroundTasks background;

    public PageEvidence(CommunityDao communityDao, EvidenceDao evidenceDao, EvidenceRecorder recorder,
                        Transactions transactions, BackgroundTasks background) {
        this.communityDao = communityDao;
        this.evidenceDao = evidenceDao;
        this.recorder = recorder;
        this.transactions = transactions;
        this.background = background;
    }

    /** Hands the work to the app's background thread and returns at once; any thread may call it. */
    public void recordLater(PageWork work) {
        background.submit("expertise evidence of content " + work.contentId(), () -> record(work));
    }

    /** Records the work now, on the caller's thread, in a transaction of its own (tests; the background thread). */
    public void record(PageWork work) {
        Optional<Community> community = communityDao.findBySpaceKey(work.spaceKey()).filter(Community::enabled);
        Set<String> topics = new LinkedHashSet<>();
        work.labels().forEach(label -> Topics.parse(label).ifPresent(topic -> {
            if (topics.size() < Topics.MAX_TOPICS) {
                topics.add(topic);
            }
        }));
        transactions.inTransactionRetryingOnConflict(() -> {
            List<StoredItem> stored = evidenceDao.findPage(work.contentId());
            Map<String, EvidenceItem> wanted = new LinkedHashMap<>();
            if (community.isPresent()) {
                long communityId = community.get().id();
                for (StoredItem item : stored) {
                    if (topics.contains(item.item().topic()) && item.item().communityId() == communityId) {
                        wanted.put(item.item().key(), item.item());
                    }
                }
                boolean creator = work.actorKey().equals(work.creatorKey());
                for (String topic : topics) {
                    double points = creator ? ExpertiseScoring.PAGE_CREATED_POINTS
                            : ExpertiseScoring.PAGE_EDITED_POINTS;
                    EvidenceItem item = new EvidenceItem(work.actorKey(), topic, communityId, EvidenceKind.PAGE,
                            work.contentId(), null, points, work.at());
                    EvidenceItem before = wanted.get(item.key());
                    wanted.put(item.key(), before == null ? item : new EvidenceItem(item.personKey(), topic,
                            communityId, EvidenceKind.PAGE, work.contentId(), null,
                            Math.max(before.points(), points), work.at()));
                }
            }
            recorder.apply(new ArrayList<>(wanted.values()), stored);
            return null;
        });
    }
}

package org.guildhall.expertise.ao.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Query;
import org.guildhall.expertise.EvidenceItem;
import org.guildhall.expertise.EvidenceKind;
import org.guildhall.expertise.ScoreChange;
import org.guildhall.expertise.ao.EvidenceDao;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Model version 2: fills the pre-ranked sums that find-an-expert, profiles and routing read instead of every cell or
 * item — each person's all-communities sum per topic ({@code EXPERT_TOPIC}) and their general cell per community
 * (topic {@value EvidenceDao#GENERAL_TOPIC} in {@code EXPERT_SCORE}: their work there, each piece once) — from the
 * evidence items, with the same weights the incremental updates use.
 * <p>
 * Idempotent: it first removes every sum it writes, then recomputes them, so running it again gives the same rows.
 * Older nodes of a rolling restart do not keep these sums in step: after the last node is upgraded, run the expertise
 * rebuild ({@code POST /rest/guildhall/1.0/admin/expertise/rebuild}). Items are read {@value #BATCH} at a time in
 * person order; only one person's sums are held at once.
 */
public final class ExpertiseSumsUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int BATCH = 1000;

    private final int batch;

    /** As the Active Objects plugin creates it. */
    public ExpertiseSumsUpgradeTask() {
        this(BATCH);
    }

    /** With another batch size (tests cross batch boundaries with a few rows). */
    ExpertiseSumsUpgradeTask(int batch) {
        this.batch = batch;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(EvidenceRowsVersion2.class, ScoreCellsVersion2.class, TopicSumsVersion2.class);
        ao.deleteWithSQL(TopicSumsVersion2.class, "ID > ?", 0);
        ao.deleteWithSQL(ScoreCellsVersion2.class, ScoreCellsVersion2.TOPIC + " = ?", EvidenceDao.GENERAL_TOPIC);
        PersonSums person = null;
        String afterPerson = null;
        int afterId = 0;
        while (true) {
            Query query = Query.select().order(EvidenceRowsVersion2.PERSON_KEY + " ASC, ID ASC").limit(batch);
            if (afterPerson != null) {
                query = query.where(EvidenceRowsVersion2.PERSON_KEY + " > ? OR (" + EvidenceRowsVersion2.PERSON_KEY
                        + " = ? AND ID > ?)", afterPerson, afterPerson, afterId);
            }
            EvidenceRowsVersion2[] rows = ao.find(EvidenceRowsVersion2.class, query);
            for (EvidenceRowsVersion2 row : rows) {
                if (person == null || !person.personKey.equals(row.getPersonKey())) {
                    if (person != null) {
                        person.write(ao);
                    }
                    person = new PersonSums(row.getPersonKey());
                }
                person.add(new EvidenceItem(row.getPersonKey(), row.getTopic(), row.getCommunityId(),
                        EvidenceKind.parse(row.getKind()).orElseThrow(), row.getPostId(), null,
                        row.getPoints(), row.getOccurredAt().toInstant()));
            }
            if (rows.length < batch) {
                break;
            }
            afterPerson = rows[rows.length - 1].getPersonKey();
            afterId = rows[rows.length - 1].getID();
        }
        if (person != null) {
            person.write(ao);
        }
    }

    /** One person's sums, written when their last item was read. */
    private static final class PersonSums {
        private final String personKey;
        private final Map<String, ScoreChange> topics = new TreeMap<>();
        private final Map<Long, ScoreChange> general = new TreeMap<>();
        private final Set<String> works = new HashSet<>();

        PersonSums(String personKey) {
            this.personKey = personKey;
        }

        void add(EvidenceItem item) {
            ScoreChange change = ScoreChange.of(item, 1);
            topics.merge(item.topic(), change, ScoreChange::plus);
            if (works.add(item.kind().id() + "|" + item.postId())) {
                general.merge(item.communityId(), change, ScoreChange::plus);
            }
        }

        void write(ActiveObjects ao) {
            List<Map<String, Object>> sums = new ArrayList<>();
            topics.forEach((topic, sum) -> {
                Map<String, Object> row = new HashMap<>();
                row.put(TopicSumsVersion2.PERSON_KEY, personKey);
                row.put(TopicSumsVersion2.TOPIC, topic);
                row.put(TopicSumsVersion2.TOPIC_KEY, EvidenceDao.topicKey(topic, personKey));
                row.put(TopicSumsVersion2.WEIGHTED, sum.weighted());
                row.put(TopicSumsVersion2.ITEM_COUNT, sum.items());
                row.put(TopicSumsVersion2.LOCK_TOKEN, 0);
                sums.add(row);
            });
            if (!sums.isEmpty()) {
                ao.create(TopicSumsVersion2.class, sums);
            }
            List<Map<String, Object>> cells = new ArrayList<>();
            general.forEach((communityId, sum) -> {
                Map<String, Object> row = new HashMap<>();
                row.put(ScoreCellsVersion2.PERSON_KEY, personKey);
                row.put(ScoreCellsVersion2.TOPIC, EvidenceDao.GENERAL_TOPIC);
                row.put(ScoreCellsVersion2.COMMUNITY_ID, communityId.intValue());
                row.put(ScoreCellsVersion2.SCORE_KEY, communityId + ":" + EvidenceDao.GENERAL_TOPIC + ":" + personKey);
                row.put(ScoreCellsVersion2.WEIGHTED, sum.weighted());
                row.put(ScoreCellsVersion2.POINTS, sum.points());
                row.put(ScoreCellsVersion2.ITEM_COUNT, sum.items());
                row.put(ScoreCellsVersion2.ACCEPTED_COUNT, sum.accepted());
                row.put(ScoreCellsVersion2.ANSWER_COUNT, sum.answers());
                row.put(ScoreCellsVersion2.QUESTION_COUNT, sum.questions());
                row.put(ScoreCellsVersion2.PAGE_COUNT, sum.pages());
                row.put(ScoreCellsVersion2.LOCK_TOKEN, 0);
                cells.add(row);
            });
            if (!cells.isEmpty()) {
                ao.create(ScoreCellsVersion2.class, cells);
            }
        }
    }
}

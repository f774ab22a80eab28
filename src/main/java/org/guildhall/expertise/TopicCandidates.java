package org.guildhall.expertise;

import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.platform.Clock;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people with the most evidence in one topic (the pre-ranked read) and, where asked for, their cells in every
 * community, kept on this node for {@value #MAX_AGE_SECONDS} seconds: what find-an-expert reads for a topic is the same
 * for every reader (a popular topic's top people have thousands of cells), and only the sum over the communities a
 * reader may count differs, which {@link Read#sumFor} works out on every request (or the database, on PostgreSQL,
 * where only the top people are kept). So privacy never waits for this cache: a reader's
 * communities and the pages hidden from them are checked per request; only scores may lag a new answer, vote or
 * page made on another node by at most {@value #MAX_AGE_SECONDS} seconds (each node expires its copy itself, by its
 * {@link Clock}; a copy read "later" than now, after the clock was set back, is read again); a change made on this node drops this node's copy of the topic at once
 * ({@link EvidenceDao#changesOf}). Bounded: at most {@value #MAX_TOPICS} topics, each held as arrays (about 30 bytes
 * a cell).
 */
@Component
public class TopicCandidates {

    static final long MAX_AGE_SECONDS = 5;
    static final int MAX_TOPICS = 128;

    private final EvidenceDao evidenceDao;
    private final Clock clock;
    private final Map<Key, Read> cache = new ConcurrentHashMap<>();

    public TopicCandidates(EvidenceDao evidenceDao, Clock clock) {
        this.evidenceDao = evidenceDao;
        this.clock = clock;
    }

    private record Key(String topic, long communityId, int size, boolean withCells) {
    }

    /**
     * One topic's pre-ranked read and its people's cells.
     *
     * @param top the people with the highest sums in the topic, best first, at most the size asked for
     */
    public record Read(List<EvidenceDao.TopicScore> top, String[] personKeys, int[] person, long[] community,
                       double[] weighted, int[][] counts, Instant readAt, long changes) {

        /**
         * @param withWork receives the communities among {@code communityIds} where anyone read has work in the topic
         * @return each person's sum over their cells in {@code communityIds}, one per person with any there
         */
        public List<RankedPerson> sumFor(Set<Long> communityIds, Set<Long> withWork) {
            double[] sums = new double[personKeys.length];
            int[][] totals = new int[personKeys.length][4];
            boolean[] any = new boolean[personKeys.length];
            for (int i = 0; i < person.length; i++) {
                if (communityIds.contains(community[i])) {
                    withWork.add(community[i]);
                    int who = person[i];
                    any[who] = true;
                    sums[who] += weighted[i];
                    for (int c = 0; c < 4; c++) {
                        totals[who][c] += counts[c][i];
                    }
                }
            }
            List<RankedPerson> people = new java.util.ArrayList<>();
            for (int who = 0; who < personKeys.length; who++) {
                if (any[who]) {
                    people.add(new RankedPerson(personKeys[who], sums[who], totals[who][0], totals[who][1],
                            totals[who][2], totals[who][3]));
                }
            }
            return people;
        }
    }

    /**
     * @return the topic's top {@code size} people (over every community, or over one) and their cells in the topic,
     *         as read at most {@value #MAX_AGE_SECONDS} seconds ago (two indexed statements when not held)
     */
    public Read read(String topic, Optional<Long> oneCommunity, int size) {
        return read(topic, oneCommunity, size, true);
    }

    /**
     * @param withCells false to read and keep the top people only (one statement when not held), for callers that sum
     *                  the cells in the database ({@link EvidenceDao#sumPeople}); the read then has no cells
     */
    public Read read(String topic, Optional<Long> oneCommunity, int size, boolean withCells) {
        Instant now = clock.now();
        long changes = evidenceDao.changesOf(topic);
        Key key = new Key(topic, oneCommunity.orElse(-1L), size, withCells);
        Read held = cache.get(key);
        if (held != null && held.changes() == changes && !held.readAt().isAfter(now)
                && Duration.between(held.readAt(), now).getSeconds() < MAX_AGE_SECONDS) {
            return held;
        }
        Read fresh = load(topic, oneCommunity, size, withCells, now, changes);
        if (cache.size() >= MAX_TOPICS) {
            cache.values().removeIf(entry -> Duration.between(entry.readAt(), now).getSeconds() >= MAX_AGE_SECONDS);
            if (cache.size() >= MAX_TOPICS) {
                cache.clear();
            }
        }
        cache.put(key, fresh);
        return fresh;
    }

    private Read load(String topic, Optional<Long> oneCommunity, int size, boolean withCells, Instant now,
                      long changes) {
        List<EvidenceDao.TopicScore> top = evidenceDao.rankTopic(topic, oneCommunity, size);
        Map<String, Integer> index = new HashMap<>();
        top.forEach(score -> index.putIfAbsent(score.personKey(), index.size()));
        String[] keys = new String[index.size()];
        index.forEach((personKey, at) -> keys[at] = personKey);
        List<ScoreCell> cells = !withCells ? List.of() : oneCommunity.isPresent()
                ? evidenceDao.sumPerCommunity(index.keySet(), Set.of(topic)).stream()
                .filter(cell -> cell.communityId() == oneCommunity.get()).toList()
                : evidenceDao.sumPerCommunity(index.keySet(), Set.of(topic));
        int[] person = new int[cells.size()];
        long[] community = new long[cells.size()];
        double[] weighted = new double[cells.size()];
        int[][] counts = new int[4][cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            ScoreCell cell = cells.get(i);
            person[i] = index.get(cell.personKey());
            community[i] = cell.communityId();
            weighted[i] = cell.weighted();
            counts[0][i] = cell.accepted();
            counts[1][i] = cell.answers();
            counts[2][i] = cell.questions();
            counts[3][i] = cell.pages();
        }
        return new Read(List.copyOf(top), keys, person, community, weighted, counts, now, changes);
    }
}

package org.guildhall.qa.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntPredicate;

/**
 * A node-local inverted index over question titles (weight {@value #TITLE_WEIGHT}), topics
 * ({@value #TOPIC_WEIGHT}) and the first {@value #BODY_TERMS} terms of the body ({@value #BODY_WEIGHT}), ranked with
 * BM25 over the weighted term frequencies (a simple BM25F: k1 = {@value #K1}, b = {@value #B}). It holds ids, community
 * ids and term statistics only, never text, and at most {@link #maxDocuments()} questions, so its memory is bounded
 * (about 200 bytes per question plus the vocabulary).
 * <p>
 * Updates replace a question's slot: the old slot is marked dead and skipped, and the postings are compacted when
 * dead slots outnumber live ones. Readers share a read lock; an update batch takes the write lock briefly.
 * Permission scoping happens inside {@link #search}: a question whose community the reader may not see is never
 * scored, so hidden questions cannot push visible ones out of the result.
 */
public final class SimilarQuestionIndex {

    static final float TITLE_WEIGHT = 1.0f;
    static final float TOPIC_WEIGHT = 0.5f;
    static final float BODY_WEIGHT = 0.15f;
    static final int BODY_TERMS = 60;
    static final float K1 = 1.2f;
    static final float B = 0.75f;
    public static final int DEFAULT_MAX_DOCUMENTS = 1_000_000;

    /** What the index needs of a question. {@code updatedAt} is the row's {@code UPDATED_AT} in epoch milliseconds. */
    public record IndexedQuestion(int id, int communityId, String title, List<String> topics, String bodyText,
                                  boolean deleted, long updatedAt) {
    }

    /** A scored question. */
    public record Hit(int questionId, int communityId, double score) {
    }

    private static final class Postings {
        int[] slots = new int[4];
        float[] frequencies = new float[4];
        int size;
        int liveDocuments;
        /** The highest frequency ever added: a bound that removals leave valid. */
        float maxFrequency;

        void add(int slot, float frequency) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                frequencies = Arrays.copyOf(frequencies, size * 2);
            }
            slots[size] = slot;
            frequencies[size] = frequency;
            size++;
            liveDocuments++;
            maxFrequency = Math.max(maxFrequency, frequency);
        }
    }

    /**
     * The reader's answer per community, asked once each: an array indexed by community id up to a bound (ids are
     * small database ids), a map beyond it.
     */
    private static final class CommunityVisibility {
        private static final int ARRAY_BOUND = 1 << 20;
        private static final byte UNKNOWN = 0;
        private static final byte VISIBLE = 1;
        private static final byte HIDDEN = 2;

        private final IntPredicate predicate;
        private final byte[] known;
        private final Map<Integer, Boolean> beyond = new HashMap<>();

        CommunityVisibility(IntPredicate predicate, int maxCommunityId) {
            this.predicate = predicate;
            this.known = new byte[Math.min(Math.max(maxCommunityId, 0), ARRAY_BOUND - 1) + 1];
        }

        boolean test(int community) {
            if (community < 0 || community >= known.length) {
                return beyond.computeIfAbsent(community, predicate::test);
            }
            byte state = known[community];
            if (state == UNKNOWN) {
                state = predicate.test(community) ? VISIBLE : HIDDEN;
                known[community] = state;
            }
            return state == VISIBLE;
        }
    }

    /** A list is looked up by binary search instead of read whole only when it is this many times longer. */
    private static final int LOOKUP_FACTOR = 24;
    /** Score arrays kept for reuse: about as many as searches run at once on a node. */
    static final int SPARE_SCRATCHES = 8;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final java.util.concurrent.BlockingQueue<Scratch> spareScratches =
            new java.util.concurrent.ArrayBlockingQueue<>(SPARE_SCRATCHES);
    private final int maxDocuments;
    private final Map<String, Postings> postings = new HashMap<>();
    private final Map<Integer, Integer> slotOfQuestion = new HashMap<>();
    private final Map<Integer, Long> updatedAtOfQuestion = new HashMap<>();
    private int[] questionIds = new int[1024];
    private int[] communityIds = new int[1024];
    private float[] lengths = new float[1024];
    private String[][] slotTerms = new String[1024][];
    private float[][] slotFrequencies = new float[1024][];
    private final BitSet live = new BitSet();
    private int slots;
    private int maxCommunityId;
    private double totalLength;
    /** The shortest length ever indexed (a bound for the most a term can add; removals leave it valid). */
    private float minLength = Float.MAX_VALUE;
    private boolean full;

    public SimilarQuestionIndex() {
        this(DEFAULT_MAX_DOCUMENTS);
    }

    public SimilarQuestionIndex(int maxDocuments) {
        this.maxDocuments = maxDocuments;
    }

    public int maxDocuments() {
        return maxDocuments;
    }

    /** @return the number of questions indexed */
    public int size() {
        lock.readLock().lock();
        try {
            return slotOfQuestion.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** @return true when a question was left out because the index was full */
    public boolean isFull() {
        return full;
    }

    /** @return the {@code UPDATED_AT} the index saw for that question, or null when it does not hold it */
    public Long updatedAt(int questionId) {
        lock.readLock().lock();
        try {
            return updatedAtOfQuestion.get(questionId);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds, replaces or (when deleted) removes each question. */
    public void apply(Collection<IndexedQuestion> questions) {
        List<Map.Entry<IndexedQuestion, Map<String, Float>>> analysed = new ArrayList<>();
        for (IndexedQuestion question : questions) {
            analysed.add(Map.entry(question, question.deleted() ? Map.of() : frequencies(question)));
        }
        lock.writeLock().lock();
        try {
            for (Map.Entry<IndexedQuestion, Map<String, Float>> entry : analysed) {
                IndexedQuestion question = entry.getKey();
                remove(question.id());
                if (question.deleted()) {
                    updatedAtOfQuestion.put(question.id(), question.updatedAt());
                } else {
                    add(question, entry.getValue());
                }
            }
            if (slots > 10_000 && slots - slotOfQuestion.size() > slotOfQuestion.size()) {
                compact();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * @param title            what the person typed
     * @param communityVisible whether the reader may see questions of that community id; asked once per community
     *                         that has a matching question, before that question is scored
     * @return up to {@code limit} hits, best first (ties: newer question first)
     */
    public List<Hit> search(String title, IntPredicate communityVisible, int limit) {
        return search(title, communityVisible, limit, true);
    }

    /**
     * Term at a time, rarest term first, into per-thread score arrays (a search allocates little more than its
     * result). Once the questions already scored hold {@code limit} partial scores that the remaining terms together
     * cannot reach, a question none of the terms so far matched can no longer enter the result: the remaining (common,
     * long) posting lists are then only looked up for the questions already scored, by binary search, instead of being
     * read whole. The result is exactly that of reading every list ({@code skipping} false, for tests).
     */
    List<Hit> search(String title, IntPredicate communityVisible, int limit, boolean skipping) {
        List<String> queryTerms = QuestionText.terms(title).stream().distinct().toList();
        if (queryTerms.isEmpty() || limit < 1) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            int documents = slotOfQuestion.size();
            if (documents == 0) {
                return List.of();
            }
            double averageLength = totalLength / documents;
            List<Postings> lists = new ArrayList<>(queryTerms.size());
            for (String term : queryTerms) {
                Postings list = postings.get(term);
                if (list != null && list.liveDocuments > 0) {
                    lists.add(list);
                }
            }
            int terms = lists.size();
            double[] idf = new double[terms];
            double[] bound = new double[terms];
            double shortest = K1 * (1 - B + B * minLength / averageLength);
            Integer[] order = new Integer[terms];
            for (int t = 0; t < terms; t++) {
                Postings list = lists.get(t);
                idf[t] = Math.log(1 + (documents - list.liveDocuments + 0.5) / (list.liveDocuments + 0.5));
                // the most a question can get from this term: its highest frequency in the shortest question
                bound[t] = idf[t] * list.maxFrequency * (K1 + 1) / (list.maxFrequency + shortest);
                order[t] = t;
            }
            // rarest first: short lists give the first questions their scores, so that the long lists of common
            // terms, read last, can often be looked up only for those
            Arrays.sort(order, (a, b) -> Double.compare(idf[b], idf[a]));
            double[] remaining = new double[terms + 1];
            for (int i = terms - 1; i >= 0; i--) {
                remaining[i] = remaining[i + 1] + bound[order[i]];
            }
            Scratch scratch = takeScratch();
            CommunityVisibility visible = new CommunityVisibility(communityVisible, maxCommunityId);
            try {
                for (int i = 0; i < terms; i++) {
                    int t = order[i];
                    Postings list = lists.get(t);
                    if (skipping && scratch.touchedCount >= limit && list.size > LOOKUP_FACTOR * scratch.touchedCount
                            && remaining[i] * (1 + 1e-9) < kthBest(scratch, limit)) {
                        addToScored(scratch, list, idf[t], averageLength);
                    } else {
                        addToAll(scratch, list, idf[t], averageLength, visible);
                    }
                }
                return best(scratch, limit);
            } finally {
                scratch.clear();
                spareScratches.offer(scratch);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reads the whole posting list: every visible live question in it gets the term's share. */
    private void addToAll(Scratch scratch, Postings list, double idf, double averageLength,
                          CommunityVisibility visible) {
        int[] listSlots = list.slots;
        float[] listFrequencies = list.frequencies;
        double[] scores = scratch.scores;
        boolean[] scored = scratch.scored;
        for (int i = 0; i < list.size; i++) {
            int slot = listSlots[i];
            if (!scored[slot]) {
                if (!live.get(slot) || !visible.test(communityIds[slot])) {
                    continue;
                }
                scored[slot] = true;
                scratch.touch(slot);
            }
            scores[slot] += share(idf, listFrequencies[i], lengths[slot], averageLength);
        }
    }

    /** Only the questions already scored, each found in the (slot-ordered) posting list by binary search. */
    private void addToScored(Scratch scratch, Postings list, double idf, double averageLength) {
        for (int t = 0; t < scratch.touchedCount; t++) {
            int slot = scratch.touched[t];
            int at = Arrays.binarySearch(list.slots, 0, list.size, slot);
            if (at >= 0) {
                scratch.scores[slot] += share(idf, list.frequencies[at], lengths[slot], averageLength);
            }
        }
    }

    private static double share(double idf, double frequency, float length, double averageLength) {
        double norm = K1 * (1 - B + B * length / averageLength);
        return idf * frequency * (K1 + 1) / (frequency + norm);
    }

    /** @return the {@code limit}-th highest score so far (the questions scored number at least {@code limit}) */
    private static double kthBest(Scratch scratch, int limit) {
        PriorityQueue<Double> highest = new PriorityQueue<>(limit + 1);
        for (int t = 0; t < scratch.touchedCount; t++) {
            double score = scratch.scores[scratch.touched[t]];
            if (highest.size() < limit) {
                highest.add(score);
            } else if (score > highest.peek()) {
                highest.poll();
                highest.add(score);
            }
        }
        return highest.peek();
    }

    private List<Hit> best(Scratch scratch, int limit) {
        PriorityQueue<Hit> best = new PriorityQueue<>(limit + 1,
                (a, b) -> a.score() != b.score() ? Double.compare(a.score(), b.score())
                        : Integer.compare(a.questionId(), b.questionId()));
        for (int t = 0; t < scratch.touchedCount; t++) {
            int slot = scratch.touched[t];
            double score = scratch.scores[slot];
            if (best.size() == limit) {
                Hit weakest = best.peek();
                // the one that would be dropped right away: no Hit needed
                if (score < weakest.score() || score == weakest.score() && questionIds[slot] < weakest.questionId()) {
                    continue;
                }
            }
            best.add(new Hit(questionIds[slot], communityIds[slot], score));
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Hit> hits = new ArrayList<>(best);
        hits.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Integer.compare(b.questionId(), a.questionId()));
        return hits;
    }

    /** @return spare score arrays at least as long as the index, or new ones when every spare is in use */
    private Scratch takeScratch() {
        Scratch scratch = spareScratches.poll();
        if (scratch == null) {
            scratch = new Scratch();
        }
        if (scratch.scores.length < slots) {
            int capacity = Math.max(slots, scratch.scores.length * 3 / 2);
            scratch.scores = new double[capacity];
            scratch.scored = new boolean[capacity];
        }
        return scratch;
    }

    /**
     * A search's per-question scores, reused by later searches once cleared (only the entries it touched), so that a
     * search does not allocate arrays as long as the index. A few are kept ({@link #SPARE_SCRATCHES}), never per
     * thread: the request threads belong to Confluence and outlive the app.
     */
    private static final class Scratch {
        double[] scores = new double[0];
        boolean[] scored = new boolean[0];
        int[] touched = new int[64];
        int touchedCount;

        void touch(int slot) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = slot;
        }

        void clear() {
            for (int t = 0; t < touchedCount; t++) {
                scores[touched[t]] = 0;
                scored[touched[t]] = false;
            }
            touchedCount = 0;
            if (touched.length > 4096) {
                touched = new int[64];
            }
        }
    }

    private static Map<String, Float> frequencies(IndexedQuestion question) {
        Map<String, Float> frequencies = new LinkedHashMap<>();
        for (String term : QuestionText.terms(question.title())) {
            frequencies.merge(term, TITLE_WEIGHT, Float::sum);
        }
        for (String topic : question.topics()) {
            for (String term : QuestionText.terms(topic.replace('-', ' '))) {
                frequencies.merge(term, TOPIC_WEIGHT, Float::sum);
            }
        }
        List<String> body = QuestionText.terms(question.bodyText());
        for (String term : body.subList(0, Math.min(BODY_TERMS, body.size()))) {
            frequencies.merge(term, BODY_WEIGHT, Float::sum);
        }
        return frequencies;
    }

    private void add(IndexedQuestion question, Map<String, Float> frequencies) {
        if (slotOfQuestion.size() >= maxDocuments) {
            full = true;
            return;
        }
        int slot = slots++;
        if (slot == questionIds.length) {
            int capacity = slot * 2;
            questionIds = Arrays.copyOf(questionIds, capacity);
            communityIds = Arrays.copyOf(communityIds, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            slotTerms = Arrays.copyOf(slotTerms, capacity);
            slotFrequencies = Arrays.copyOf(slotFrequencies, capacity);
        }
        questionIds[slot] = question.id();
        communityIds[slot] = question.communityId();
        maxCommunityId = Math.max(maxCommunityId, question.communityId());
        String[] terms = new String[frequencies.size()];
        float[] values = new float[frequencies.size()];
        float length = 0;
        int i = 0;
        for (Map.Entry<String, Float> entry : frequencies.entrySet()) {
            terms[i] = entry.getKey().intern();
            values[i] = entry.getValue();
            length += entry.getValue();
            postings.computeIfAbsent(terms[i], ignored -> new Postings()).add(slot, values[i]);
            i++;
        }
        slotTerms[slot] = terms;
        slotFrequencies[slot] = values;
        lengths[slot] = Math.max(length, 0.5f);
        minLength = Math.min(minLength, lengths[slot]);
        totalLength += lengths[slot];
        live.set(slot);
        slotOfQuestion.put(question.id(), slot);
        updatedAtOfQuestion.put(question.id(), question.updatedAt());
    }

    private void remove(int questionId) {
        Integer slot = slotOfQuestion.remove(questionId);
        updatedAtOfQuestion.remove(questionId);
        if (slot == null) {
            return;
        }
        live.clear(slot);
        totalLength -= lengths[slot];
        for (String term : slotTerms[slot]) {
            Postings list = postings.get(term);
            if (list != null) {
                list.liveDocuments--;
            }
        }
        slotTerms[slot] = null;
        slotFrequencies[slot] = null;
    }

    /** Rewrites the postings without dead slots; the live questions keep their statistics. */
    private void compact() {
        int[] oldQuestions = questionIds;
        int[] oldCommunities = communityIds;
        String[][] oldTerms = slotTerms;
        float[][] oldFrequencies = slotFrequencies;
        Map<Integer, Long> oldUpdatedAt = new HashMap<>(updatedAtOfQuestion);
        int oldSlots = slots;
        BitSet oldLive = (BitSet) live.clone();
        postings.clear();
        slotOfQuestion.clear();
        updatedAtOfQuestion.clear();
        live.clear();
        slots = 0;
        totalLength = 0;
        for (int slot = 0; slot < oldSlots; slot++) {
            if (oldLive.get(slot)) {
                Map<String, Float> frequencies = new LinkedHashMap<>();
                for (int i = 0; i < oldTerms[slot].length; i++) {
                    frequencies.put(oldTerms[slot][i], oldFrequencies[slot][i]);
                }
                add(new IndexedQuestion(oldQuestions[slot], oldCommunities[slot], "", List.of(), "", false,
                        oldUpdatedAt.getOrDefault(oldQuestions[slot], 0L)), frequencies);
            }
        }
        oldUpdatedAt.forEach(updatedAtOfQuestion::putIfAbsent);
    }
}

package org.guildhall.expertise;

import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.expertise.ao.EndorsementDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.qa.Topic;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.TopicDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Who knows about this?": people ranked by their evidence (decayed) plus endorsements in a topic, or in the topics a
 * free text names, over the communities the reader can see (or one of them), each with the evidence that put them
 * there. People who only declared the topic, or whose "ask me about" line mentions the text, follow with score 0.
 * A fixed number of statements per request whatever the number of people or of their evidence: per topic one indexed
 * read of the pre-ranked sums with a limit (shared by every reader for a few seconds, {@link TopicCandidates}), one
 * statement for the candidates' exact sums over the reader's communities, then one statement each for profiles,
 * endorsements, evidence, question titles and names. Where the database takes the reader's communities as one
 * parameter (PostgreSQL, {@link EvidenceDao#takesAnyNumberOfCommunities()}) it sums them (one row a candidate);
 * elsewhere the candidates' cells per community are read with the top rows, kept with them, and summed here, and the
 * evidence reads list only the reader's communities where the candidates have work in the topics, never every
 * community the reader may see (thousands, each a parameter).
 */
@Component
public class ExpertFinder {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;
    static final int EVIDENCE_PER_PERSON = 3;
    /** How often the pre-ranked read may widen before the full grouped ranking decides. */
    static final int POOL_ROUNDS = 3;
    static final int POOL_GROWTH = 4;
    /** Sums added up in another order differ in their last bits. */
    static final double ROUNDING = 1e-9;

    private final CurrentUser currentUser;
    private final People people;
    private final VisibleCommunities visibleCommunities;
    private final EvidenceDao evidenceDao;
    private final ProfileDao profileDao;
    private final EndorsementDao endorsementDao;
    private final TopicDao topicDao;
    private final QuestionDao questionDao;
    private final PageVisibility pageVisibility;
    private final TopicCandidates topicCandidates;
    private final Clock clock;

    public ExpertFinder(CurrentUser currentUser, People people, VisibleCommunities visibleCommunities,
                        EvidenceDao evidenceDao, ProfileDao profileDao, EndorsementDao endorsementDao,
                        TopicDao topicDao, QuestionDao questionDao, PageVisibility pageVisibility,
                        TopicCandidates topicCandidates, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.visibleCommunities = visibleCommunities;
        this.evidenceDao = evidenceDao;
        this.profileDao = profileDao;
        this.endorsementDao = endorsementDao;
        this.topicDao = topicDao;
        this.questionDao = questionDao;
        this.pageVisibility = pageVisibility;
        this.topicCandidates = topicCandidates;
        this.clock = clock;
    }

    /** One search. Null fields are not filters; {@code available} true keeps only people taking questions now. */
    public record ExpertQuery(String topic, String text, String community, boolean available, Integer limit) {
    }

    /** A person in the results, with the numbers and items that explain their place. */
    public record Expert(Person person, Profile profile, double score, double evidencePoints,
                         double endorsementPoints, int accepted, int answers, int questions, int endorsements,
                         List<ExpertiseReading.EvidenceView> evidence) {
    }

    public record Result(List<String> topics, List<Expert> experts) {
    }

    /**
     * Finds experts. Any logged-in user.
     *
     * @throws AccessDenied when anonymous (401)
     * @throws InvalidInput naming {@code limit} (1–50), {@code community} (not a community the caller can see) or
     *                      {@code topic} (neither topic nor text given, or an invalid topic)
     */
    public Result find(ExpertQuery query) {
        currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        int limit = query.limit() == null ? DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.experts.limit"));
        }
        Map<Long, Community> communities;
        if (query.community() != null && !query.community().isBlank()) {
            Community community = visibleCommunities.bySpaceKey(query.community().trim())
                    .orElseThrow(() -> new InvalidInput(Map.of("community", "guildhall.error.experts.community")));
            communities = Map.of(community.id(), community);
        } else {
            communities = visibleCommunities.all();
        }
        Set<String> topics = new LinkedHashSet<>();
        String text = query.text() == null ? "" : query.text().strip();
        if (query.topic() != null && !query.topic().isBlank()) {
            topics.add(Topics.parse(query.topic())
                    .orElseThrow(() -> new InvalidInput(Map.of("topic", "guildhall.error.experts.topic"))));
        }
        if (!text.isEmpty()) {
            Topics.parse(text).ifPresent(prefix -> topicDao.findByPrefix(prefix, 10).stream().map(Topic::name)
                    .forEach(topics::add));
        }
        if (topics.isEmpty() && text.isEmpty()) {
            throw new InvalidInput(Map.of("topic", "guildhall.error.experts.topic"));
        }
        Instant now = clock.now();
        int candidates = limit * 3 + 10;
        Ranking ranking = rank(topics, communities.keySet(),
                communities.size() == 1 && query.community() != null && !query.community().isBlank()
                        ? Optional.of(communities.keySet().iterator().next()) : Optional.empty(), limit, candidates);
        List<RankedPerson> ranked = ranking.people();
        // pages hidden from the reader count nothing for them: one check for the candidates' page items
        PageVisibility.Seen pages = pageVisibility.check(evidenceDao.findPages(
                ranked.stream().filter(person -> person.pages() > 0).map(RankedPerson::personKey).toList(), topics,
                ranking.communities(), PageVisibility.MAX_CHECKED));
        Map<String, RankedPerson> byPerson = new LinkedHashMap<>();
        ranked.forEach(person -> {
            ScoreChange hidden = pages.hiddenFrom(person.personKey(), null);
            if (person.accepted() + person.answers() + person.questions() + person.pages() + hidden.pages() <= 0) {
                return;
            }
            byPerson.put(person.personKey(), hidden.isNone() ? person : new RankedPerson(person.personKey(),
                    person.weighted() + hidden.weighted(), person.accepted(), person.answers(), person.questions(),
                    person.pages() + hidden.pages()));
        });
        Set<String> keys = new LinkedHashSet<>(byPerson.keySet());
        keys.addAll(profileDao.findDeclaring(topics, candidates));
        if (!text.isEmpty()) {
            keys.addAll(profileDao.findAskingAbout(text, candidates));
        }
        Map<String, Person> known = people.findAll(keys);
        keys.retainAll(known.keySet());
        Map<String, Profile> profiles = profileDao.findAll(keys);
        if (query.available()) {
            keys.removeIf(key -> !profiles.get(key).available(now));
        }
        Map<String, List<Endorsement>> endorsements = new HashMap<>();
        for (Endorsement endorsement : endorsementDao.findFor(keys, communities.keySet())) {
            if (topics.contains(endorsement.topic())) {
                endorsements.computeIfAbsent(endorsement.personKey(), key -> new ArrayList<>()).add(endorsement);
            }
        }
        List<Expert> experts = new ArrayList<>();
        for (String key : keys) {
            RankedPerson evidence = byPerson.getOrDefault(key, new RankedPerson(key, 0, 0, 0, 0, 0));
            double evidencePoints = ExpertiseScoring.decayed(evidence.weighted(), now);
            List<Endorsement> theirs = endorsements.getOrDefault(key, List.of());
            double endorsementPoints = theirs.stream()
                    .mapToDouble(endorsement -> ExpertiseScoring.endorsementPoints(endorsement.endorsedAt(), now)).sum();
            experts.add(new Expert(known.get(key), profiles.get(key), evidencePoints + endorsementPoints,
                    evidencePoints, endorsementPoints, evidence.accepted(), evidence.answers(), evidence.questions(),
                    theirs.size(), List.of()));
        }
        experts.sort(Comparator.comparingDouble(Expert::score).reversed()
                .thenComparing(expert -> expert.person().displayName()));
        List<Expert> top = experts.subList(0, Math.min(limit, experts.size()));
        return new Result(List.copyOf(topics), withEvidence(top, topics, communities, ranking.communities(), pages,
                now));
    }

    /**
     * The people with the most evidence the reader may count in the topics, best first, at most {@code pool}, read from
     * the pre-ranked sums instead of every cell: for each topic its top {@code pool} people (one indexed statement
     * with a limit), then their exact sums over the reader's communities (one grouped statement over their cells).
     * Everyone not read has at most the {@code pool}-th sum of each topic (sums over every community bound what any
     * reader may count), so once the {@code limit}-th exact sum reaches that bound the top {@code limit} are exact.
     * Otherwise (a reader who cannot see where the top people's evidence is) the pool grows, and after
     * {@value #POOL_ROUNDS} rounds the grouped ranking over all the reader's cells decides.
     */
    private Ranking rank(Set<String> topics, Set<Long> communityIds, Optional<Long> oneCommunity, int limit,
                         int pool) {
        if (topics.isEmpty() || communityIds.isEmpty()) {
            return new Ranking(List.of(), Set.of());
        }
        int size = pool;
        for (int round = 1; round <= POOL_ROUNDS; round++) {
            Set<String> read = new LinkedHashSet<>();
            double unreadAtMost = 0;
            boolean everyoneRead = true;
            List<TopicCandidates.Read> reads = new ArrayList<>();
            boolean grouped = evidenceDao.takesAnyNumberOfCommunities();
            for (String topic : topics) {
                TopicCandidates.Read candidates = topicCandidates.read(topic, oneCommunity, size, !grouped);
                reads.add(candidates);
                List<EvidenceDao.TopicScore> top = candidates.top();
                top.forEach(score -> read.add(score.personKey()));
                if (top.size() == size) {
                    everyoneRead = false;
                    unreadAtMost += top.get(size - 1).weighted();
                }
            }
            Set<Long> withWork = new HashSet<>();
            // where the reader's communities are one parameter: their sums grouped by the database (a row each);
            // else one topic: its people's cells as read for every reader; several: every topic's cells of everyone
            List<RankedPerson> exact = new ArrayList<>(grouped
                    ? evidenceDao.sumPeople(read, topics, oneCommunity.map(Set::of).orElse(communityIds))
                    : reads.size() == 1
                    ? reads.get(0).sumFor(communityIds, withWork)
                    : sumVisible(evidenceDao.sumPerCommunity(read, topics), communityIds, withWork));
            exact.sort(Comparator.comparingDouble(RankedPerson::weighted).reversed()
                    .thenComparing(RankedPerson::personKey));
            if (everyoneRead || exact.size() >= limit && exact.get(limit - 1).weighted() >= unreadAtMost * (1 - ROUNDING)) {
                return new Ranking(exact.subList(0, Math.min(pool, exact.size())), grouped
                        ? oneCommunity.map(Set::of).orElse(communityIds) : withWork);
            }
            size *= POOL_GROWTH;
        }
        return new Ranking(evidenceDao.rank(topics, communityIds, pool), communityIds);
    }

    /**
     * The people ranked, and the reader's communities where they have work in the topics: every item of theirs the
     * reader may count lies in one of these, so later reads list these few instead of all the reader may see.
     */
    private record Ranking(List<RankedPerson> people, Set<Long> communities) {
    }

    /** Each person's sum over their cells in the reader's communities; notes those communities in {@code withWork}. */
    private static List<RankedPerson> sumVisible(List<ScoreCell> cells, Set<Long> communityIds, Set<Long> withWork) {
        Map<String, RankedPerson> sums = new LinkedHashMap<>();
        for (ScoreCell cell : cells) {
            if (communityIds.contains(cell.communityId())) {
                withWork.add(cell.communityId());
                sums.merge(cell.personKey(), new RankedPerson(cell.personKey(), cell.weighted(), cell.accepted(),
                        cell.answers(), cell.questions(), cell.pages()), (a, b) -> new RankedPerson(a.personKey(),
                        a.weighted() + b.weighted(), a.accepted() + b.accepted(), a.answers() + b.answers(),
                        a.questions() + b.questions(), a.pages() + b.pages()));
            }
        }
        return List.copyOf(sums.values());
    }

    /** Adds each person's strongest items in the topics: one statement for all of them, one for question titles. */
    private List<Expert> withEvidence(List<Expert> experts, Set<String> topics, Map<Long, Community> communities,
                                      Set<Long> withWork, PageVisibility.Seen pages, Instant now) {
        if (experts.isEmpty() || topics.isEmpty()) {
            return List.copyOf(experts);
        }
        List<String> keys = experts.stream().map(expert -> expert.person().userKey()).toList();
        // strongest first within each person and topic; the first items of each person's topics come first
        List<EvidenceItem> items = new ArrayList<>(evidenceDao.findStrongest(keys, topics, withWork,
                EVIDENCE_PER_PERSON));
        items.sort(Comparator.comparingDouble(EvidenceItem::points).reversed()
                .thenComparing(EvidenceItem::occurredAt, Comparator.reverseOrder()));
        Set<Long> questionIds = new HashSet<>();
        items.forEach(item -> Optional.ofNullable(item.questionId()).ifPresent(questionIds::add));
        Map<Long, String> questions = questionDao.findTitles(questionIds);
        Map<String, List<ExpertiseReading.EvidenceView>> byPerson = new HashMap<>();
        Set<String> seenPosts = new HashSet<>();
        for (EvidenceItem item : items) {
            List<ExpertiseReading.EvidenceView> theirs = byPerson.computeIfAbsent(item.personKey(),
                    key -> new ArrayList<>());
            if (pages.shows(item) && theirs.size() < EVIDENCE_PER_PERSON
                    && seenPosts.add(item.kind() + ":" + item.postId())) {
                theirs.add(new ExpertiseReading.EvidenceView(item,
                        ExpertiseScoring.decayedPoints(item.points(), item.occurredAt(), now),
                        item.kind() == EvidenceKind.PAGE ? pages.titles().getOrDefault(item.postId(), "")
                                : questions.getOrDefault(item.questionId(), ""),
                        communities.get(item.communityId())));
            }
        }
        return experts.stream().map(expert -> new Expert(expert.person(), expert.profile(), expert.score(),
                expert.evidencePoints(), expert.endorsementPoints(), expert.accepted(), expert.answers(),
                expert.questions(), expert.endorsements(),
                byPerson.getOrDefault(expert.person().userKey(), List.of()))).toList();
    }
}

package org.guildhall.expertise;

import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.expertise.ao.EndorsementDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's expertise as one reader may see it: declared skills, and per topic a score computed only from the
 * evidence and endorsements in communities the reader can see (score cells of the other communities are not counted),
 * with the items and numbers that explain it. Bounded whatever the person's evidence: their {@value #TOPICS_SHOWN}
 * strongest topics (plus declared and endorsed ones), {@value #EVIDENCE_PER_TOPIC} strongest items per topic, the
 * {@value #RECENT_ANSWERS} newest answers; a constant number of statements per request, none of which lists every
 * community the reader may see: the evidence reads list only those of the reader's communities where the person has
 * work.
 */
@Component
public class ExpertiseReading {

    /** The topics a profile shows besides those the person declared or was endorsed in. */
    public static final int TOPICS_SHOWN = 20;
    /** The strongest items a profile lists per topic ("why"); the numbers count all of them. */
    public static final int EVIDENCE_PER_TOPIC = 5;
    /** Recent answers a profile lists. */
    public static final int RECENT_ANSWERS = 10;
    /** The most answers one page of {@link #answers} holds. */
    public static final int MAX_ANSWER_PAGE = 50;
    /** An answer gives one item per topic of its question: read this many times more to find distinct answers. */
    static final int RECENT_READ_FACTOR = 3;
    static final int TOPIC_SLACK = 10;
    static final int TOPIC_ROUNDS = 3;

    private final CurrentUser currentUser;
    private final People people;
    private final VisibleCommunities visibleCommunities;
    private final ProfileDao profileDao;
    private final EvidenceDao evidenceDao;
    private final EndorsementDao endorsementDao;
    private final QuestionDao questionDao;
    private final PageVisibility pageVisibility;
    private final Clock clock;

    public ExpertiseReading(CurrentUser currentUser, People people, VisibleCommunities visibleCommunities,
                            ProfileDao profileDao, EvidenceDao evidenceDao, EndorsementDao endorsementDao,
                            QuestionDao questionDao, PageVisibility pageVisibility, Clock clock) {
        this.currentUser = currentUser;
        this.people = people;
        this.visibleCommunities = visibleCommunities;
        this.profileDao = profileDao;
        this.evidenceDao = evidenceDao;
        this.endorsementDao = endorsementDao;
        this.questionDao = questionDao;
        this.pageVisibility = pageVisibility;
        this.clock = clock;
    }

    /** An evidence item as shown: its decayed worth now, the question it belongs to and where it is. */
    public record EvidenceView(EvidenceItem item, double pointsNow, String questionTitle, Community community) {
    }

    /** An endorsement as shown, with the endorser's name and its faded weight now. */
    public record EndorsementView(Endorsement endorsement, String endorserName, double pointsNow,
                                  String evidenceTitle) {
    }

    /**
     * One topic's explanation.
     *
     * @param score            evidence points now plus endorsement points now
     * @param evidencePoints   the decayed sum of the evidence
     * @param undecayedPoints  the same without decay
     * @param level            the declared level, or null when the person did not declare the topic
     */
    public record TopicExpertise(String topic, double score, double evidencePoints, double undecayedPoints,
                                 double endorsementPoints, int accepted, int answers, int questions, int pages,
                                 SkillLevel level, List<EvidenceView> evidence, List<EndorsementView> endorsements) {
    }

    /** Everything the profile page and the REST API show of a person, for the current reader. */
    public record Expertise(Person person, Profile profile, List<TopicExpertise> topics, List<EvidenceView> recentAnswers,
                            String recentAnswersCursor, boolean moreTopics, boolean mine, Instant computedAt) {
    }

    /**
     * @return the person's expertise as the current reader may see it; topics by score, highest first
     * @throws AccessDenied when anonymous (401)
     * @throws NotFound     for a user Confluence does not know
     */
    public Expertise expertise(String userKey) {
        String reader = currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        Person person = people.find(userKey).orElseThrow(() -> new NotFound("guildhall.error.person.not-found"));
        Instant now = clock.now();
        Map<Long, Community> visible = visibleCommunities.all();
        Set<Long> withWork = withWork(userKey, visible);
        Profile profile = profileDao.find(userKey);
        List<Endorsement> endorsements = endorsementDao.findFor(List.of(userKey), visible.keySet());
        Map<String, SkillLevel> declared = new LinkedHashMap<>();
        profile.skills().forEach(skill -> declared.put(skill.topic(), skill.level()));
        Set<String> always = new TreeSet<>(declared.keySet());
        endorsements.forEach(endorsement -> always.add(endorsement.topic()));
        Shown shown = topTopics(userKey, always, withWork);

        PageVisibility.Seen pages = pageVisibility.check(evidenceDao.findPages(List.of(userKey), shown.topics(),
                withWork, PageVisibility.MAX_CHECKED));
        List<EvidenceItem> items = evidenceDao.findStrongest(List.of(userKey), shown.topics(), withWork,
                EVIDENCE_PER_TOPIC).stream().filter(pages::shows).toList();
        AnswerRows answers = answerRows(userKey, withWork, Optional.empty(), RECENT_ANSWERS);
        List<EvidenceItem> endorsed = evidenceDao.findAnswerItems(userKey, endorsements.stream()
                .filter(endorsement -> endorsement.evidenceKind() == EvidenceKind.ANSWER)
                .map(Endorsement::evidenceId).toList());
        Set<Long> questionIds = new HashSet<>();
        for (List<EvidenceItem> list : List.of(items, answers.items(), endorsed)) {
            list.forEach(item -> Optional.ofNullable(item.questionId()).ifPresent(questionIds::add));
        }
        Map<Long, String> questions = questionDao.findTitles(questionIds);
        Map<String, Person> endorsers = people.findAll(endorsements.stream().map(Endorsement::endorserKey).toList());

        Map<String, List<EvidenceView>> evidenceByTopic = new LinkedHashMap<>();
        for (EvidenceItem item : items) {
            evidenceByTopic.computeIfAbsent(item.topic(), topic -> new ArrayList<>())
                    .add(view(item, pages, questions, visible, now));
        }
        List<EvidenceView> recentAnswers = answers.items().stream()
                .map(item -> view(item, pages, questions, visible, now)).toList();
        Map<Long, String> answerTitles = new HashMap<>();
        endorsed.forEach(item -> answerTitles.put(item.postId(), title(item, pages, questions)));
        Map<String, List<EndorsementView>> endorsementsByTopic = new LinkedHashMap<>();
        for (Endorsement endorsement : endorsements) {
            String name = Optional.ofNullable(endorsers.get(endorsement.endorserKey())).map(Person::displayName)
                    .orElse(endorsement.endorserKey());
            endorsementsByTopic.computeIfAbsent(endorsement.topic(), topic -> new ArrayList<>())
                    .add(new EndorsementView(endorsement, name,
                            ExpertiseScoring.endorsementPoints(endorsement.endorsedAt(), now),
                            endorsement.evidenceKind() == EvidenceKind.PAGE
                                    ? pages.titles().getOrDefault(endorsement.evidenceId(), "")
                                    : answerTitles.getOrDefault(endorsement.evidenceId(), "")));
        }

        Map<String, ScoreCell> sums = new HashMap<>();
        shown.sums().forEach(cell -> sums.put(cell.topic(), cell));
        List<TopicExpertise> topics = new ArrayList<>();
        for (String topic : shown.topics()) {
            List<ScoreCell> topicCells = new ArrayList<>();
            Optional.ofNullable(sums.get(topic)).ifPresent(topicCells::add);
            ScoreChange hidden = pages.hiddenFrom(userKey, topic);
            topicCells.add(new ScoreCell(userKey, topic, 0, hidden.weighted(), hidden.points(), hidden.items(),
                    hidden.accepted(), hidden.answers(), hidden.questions(), hidden.pages()));
            double evidencePoints = ExpertiseScoring.decayed(sum(topicCells, ScoreCell::weighted), now);
            List<EndorsementView> topicEndorsements = endorsementsByTopic.getOrDefault(topic, List.of());
            double endorsementPoints = topicEndorsements.stream().mapToDouble(EndorsementView::pointsNow).sum();
            topics.add(new TopicExpertise(topic, evidencePoints + endorsementPoints, evidencePoints,
                    sum(topicCells, ScoreCell::points), endorsementPoints,
                    (int) sum(topicCells, ScoreCell::accepted), (int) sum(topicCells, ScoreCell::answers),
                    (int) sum(topicCells, ScoreCell::questions), (int) sum(topicCells, ScoreCell::pages),
                    declared.get(topic), evidenceByTopic.getOrDefault(topic, List.of()), topicEndorsements));
        }
        // a topic only hidden pages gave is not shown either
        topics.removeIf(topic -> topic.level() == null && topic.endorsements().isEmpty()
                && topic.accepted() + topic.answers() + topic.questions() + topic.pages() <= 0);
        topics.sort(Comparator.comparingDouble(TopicExpertise::score).reversed()
                .thenComparing(TopicExpertise::topic));
        return new Expertise(person, profile, topics, recentAnswers, answers.nextCursor(), shown.more(),
                reader.equals(userKey), now);
    }

    /** One page of a person's answers as a reader may see them, newest first. */
    public record AnswerPage(List<EvidenceView> answers, String nextCursor) {
    }

    /**
     * The person's answers in communities the reader can see, newest first, a page at a time: the profile's "show
     * more". Logged-in users. One statement for the answers and one for their questions' titles, whatever the number
     * of answers.
     *
     * @param cursor the {@code nextCursor} of the previous page, or null for the first
     * @param limit  1–{@value #MAX_ANSWER_PAGE}; null for {@value #RECENT_ANSWERS}
     * @throws AccessDenied when anonymous (401)
     * @throws NotFound     for a user Confluence does not know
     * @throws InvalidInput naming {@code limit} or {@code cursor} (not one this method returned)
     */
    public AnswerPage answers(String userKey, String cursor, Integer limit) {
        currentUser.userKey().orElseThrow(() -> new AccessDenied("guildhall.error.login-required"));
        people.find(userKey).orElseThrow(() -> new NotFound("guildhall.error.person.not-found"));
        int size = limit == null ? RECENT_ANSWERS : limit;
        if (size < 1 || size > MAX_ANSWER_PAGE) {
            throw new InvalidInput(Map.of("limit", "guildhall.error.experts.limit"));
        }
        Optional<EvidenceDao.ItemPosition> after = cursor == null || cursor.isBlank() ? Optional.empty()
                : Optional.of(AnswerCursor.parse(cursor).orElseThrow(() -> new InvalidInput(Map.of("cursor",
                "guildhall.error.cursor.invalid"))));
        Instant now = clock.now();
        Map<Long, Community> visible = visibleCommunities.all();
        AnswerRows rows = answerRows(userKey, withWork(userKey, visible), after, size);
        Map<Long, String> questions = questionDao.findTitles(rows.items().stream().map(EvidenceItem::questionId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        PageVisibility.Seen none = new PageVisibility.Seen(Map.of(), List.of());
        return new AnswerPage(rows.items().stream().map(item -> view(item, none, questions, visible, now)).toList(),
                rows.nextCursor());
    }

    /**
     * The communities the reads that follow are limited to: every community the reader may see where the database
     * takes them as one parameter (no statement); elsewhere the reader's communities where the person has any
     * evidence (one indexed statement; every item of theirs the reader may count lies in one of them), so that those
     * reads list these few instead of every community the reader may see (thousands).
     */
    private Set<Long> withWork(String userKey, Map<Long, Community> visible) {
        if (evidenceDao.takesAnyNumberOfCommunities()) {
            return new HashSet<>(visible.keySet());
        }
        Set<Long> communities = evidenceDao.communitiesWithWork(userKey);
        communities.retainAll(visible.keySet());
        return communities;
    }

    /** A page of distinct answers (one item each) and the cursor after it, null when there is nothing after. */
    private record AnswerRows(List<EvidenceItem> items, String nextCursor) {
    }

    /**
     * An answer gives one item per topic of its question: reads up to {@value #RECENT_READ_FACTOR} times the page
     * plus one, keeps each answer once, and continues after the last one kept.
     */
    private AnswerRows answerRows(String userKey, Set<Long> communityIds, Optional<EvidenceDao.ItemPosition> after,
                                  int size) {
        int read = size * RECENT_READ_FACTOR + 1;
        List<EvidenceItem> rows = evidenceDao.findRecent(userKey, EvidenceKind.ANSWER, communityIds, after, read);
        List<EvidenceItem> page = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        boolean more = rows.size() == read;
        for (EvidenceItem item : rows) {
            if (seen.add(item.postId())) {
                if (page.size() == size) {
                    more = true;
                    break;
                }
                page.add(item);
            }
        }
        EvidenceItem last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new AnswerRows(page, more && last != null ? AnswerCursor.of(last.occurredAt(), last.postId()) : null);
    }

    /** The opaque cursor of a page of answers: the last answer's time and id. */
    static final class AnswerCursor {
        private AnswerCursor() {
        }

        static String of(Instant occurredAt, long postId) {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString((occurredAt.toEpochMilli() + "."
                    + postId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static Optional<EvidenceDao.ItemPosition> parse(String cursor) {
            try {
                String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor.trim()),
                        java.nio.charset.StandardCharsets.UTF_8).split("\\.");
                return parts.length != 2 ? Optional.empty() : Optional.of(new EvidenceDao.ItemPosition(
                        Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1])));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** The topics a profile shows, with the reader's exact sums in them; {@code more} when others were left out. */
    private record Shown(List<String> topics, List<ScoreCell> sums, boolean more) {
    }

    /**
     * The person's {@value #TOPICS_SHOWN} topics with the most evidence the reader may count, and the topics that are
     * always shown (declared, endorsed), read from the pre-ranked sums instead of every cell: the person's top topics
     * over every community (one indexed statement with a limit), then the reader's exact sums in them (one grouped
     * statement). A topic not read has at most the last sum read, so once the {@value #TOPICS_SHOWN}-th exact sum
     * reaches it the choice is exact; otherwise more are read, and after {@value #TOPIC_ROUNDS} rounds every cell of
     * the person in the reader's communities decides.
     */
    private Shown topTopics(String userKey, Set<String> always, Set<Long> communityIds) {
        int size = TOPICS_SHOWN + TOPIC_SLACK;
        for (int round = 1; round <= TOPIC_ROUNDS; round++) {
            List<EvidenceDao.TopicScore> top = evidenceDao.topTopics(userKey, size);
            Set<String> read = new TreeSet<>(always);
            top.forEach(score -> read.add(score.topic()));
            List<ScoreCell> exact = evidenceDao.sumTopics(userKey, read, communityIds);
            boolean everyoneRead = top.size() < size;
            List<ScoreCell> ranked = exact.stream().filter(cell -> !always.contains(cell.topic()))
                    .sorted(Comparator.comparingDouble(ScoreCell::weighted).reversed()
                            .thenComparing(ScoreCell::topic)).toList();
            double unreadAtMost = everyoneRead ? 0 : top.get(size - 1).weighted();
            if (everyoneRead || ranked.size() >= TOPICS_SHOWN
                    && ranked.get(TOPICS_SHOWN - 1).weighted() >= unreadAtMost * (1 - ExpertFinder.ROUNDING)) {
                return shown(always, ranked, exact, !everyoneRead || ranked.size() > TOPICS_SHOWN);
            }
            size *= ExpertFinder.POOL_GROWTH;
        }
        List<ScoreCell> all = evidenceDao.findCells(userKey, communityIds);
        Set<String> every = new TreeSet<>(always);
        all.forEach(cell -> every.add(cell.topic()));
        List<ScoreCell> exact = evidenceDao.sumTopics(userKey, every, communityIds);
        List<ScoreCell> ranked = exact.stream().filter(cell -> !always.contains(cell.topic()))
                .sorted(Comparator.comparingDouble(ScoreCell::weighted).reversed().thenComparing(ScoreCell::topic))
                .toList();
        return shown(always, ranked, exact, ranked.size() > TOPICS_SHOWN);
    }

    private static Shown shown(Set<String> always, List<ScoreCell> ranked, List<ScoreCell> exact, boolean more) {
        Set<String> topics = new TreeSet<>(always);
        ranked.stream().limit(TOPICS_SHOWN).forEach(cell -> topics.add(cell.topic()));
        return new Shown(List.copyOf(topics), exact.stream().filter(cell -> topics.contains(cell.topic())).toList(),
                more);
    }

    private static EvidenceView view(EvidenceItem item, PageVisibility.Seen pages, Map<Long, String> questions,
                                     Map<Long, Community> visible, Instant now) {
        return new EvidenceView(item, ExpertiseScoring.decayedPoints(item.points(), item.occurredAt(), now),
                title(item, pages, questions), visible.get(item.communityId()));
    }

    private static String title(EvidenceItem item, PageVisibility.Seen pages, Map<Long, String> questions) {
        return item.kind() == EvidenceKind.PAGE ? pages.titles().getOrDefault(item.postId(), "")
                : questions.getOrDefault(item.questionId(), "");
    }

    private static double sum(Collection<ScoreCell> cells, java.util.function.ToDoubleFunction<ScoreCell> value) {
        return cells.stream().mapToDouble(value).sum();
    }
}

package org.guildhall.expertise;

import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.expertise.ao.EndorsementDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.platform.People.Person;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's expertise as one reader may see it: declared skills, and per topic a score computed only from the
 * evidence and endorsements in communities the reader can see (score cells of the other communities are not read at
 * all), with the items and numbers that explain it. Constant SQL per request.
 */
@Component
public class ExpertiseReading {

    /** The most evidence items a profile lists. */
    public static final int MAX_ITEMS = 200;

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
                            boolean mine, Instant computedAt) {
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
        Profile profile = profileDao.find(userKey);
        PageVisibility.Seen pages = pageVisibility.check(evidenceDao.findPages(List.of(userKey), List.of(),
                visible.keySet(), PageVisibility.MAX_CHECKED));
        List<ScoreCell> cells = evidenceDao.findCells(userKey, visible.keySet());
        List<EvidenceItem> items = evidenceDao.findForPerson(userKey, List.of(), visible.keySet(), MAX_ITEMS).stream()
                .filter(pages::shows).toList();
        List<Endorsement> endorsements = endorsementDao.findFor(List.of(userKey), visible.keySet());
        Set<Long> questionIds = new HashSet<>();
        items.forEach(item -> {
            if (item.questionId() != null) {
                questionIds.add(item.questionId());
            }
        });
        endorsements.forEach(endorsement -> {
            if (endorsement.evidenceKind() == EvidenceKind.ANSWER) {
                items.stream().filter(item -> item.postId() == endorsement.evidenceId()
                        && item.kind() == EvidenceKind.ANSWER).findFirst()
                        .ifPresent(item -> questionIds.add(item.questionId()));
            }
        });
        Map<Long, Question> questions = questionDao.findByIds(questionIds);
        Map<String, Person> endorsers = people.findAll(endorsements.stream().map(Endorsement::endorserKey).toList());

        Map<String, List<EvidenceView>> evidenceByTopic = new LinkedHashMap<>();
        Map<Long, String> answerTitles = new LinkedHashMap<>();
        List<EvidenceView> recentAnswers = new ArrayList<>();
        Set<Long> recentAnswerIds = new HashSet<>();
        for (EvidenceItem item : items) {
            String title = item.kind() == EvidenceKind.PAGE ? pages.titles().getOrDefault(item.postId(), "")
                    : Optional.ofNullable(questions.get(item.questionId())).map(Question::title).orElse("");
            EvidenceView view = new EvidenceView(item, ExpertiseScoring.decayedPoints(item.points(),
                    item.occurredAt(), now), title, visible.get(item.communityId()));
            evidenceByTopic.computeIfAbsent(item.topic(), topic -> new ArrayList<>()).add(view);
            if (item.kind() == EvidenceKind.ANSWER) {
                answerTitles.put(item.postId(), title);
                if (recentAnswerIds.add(item.postId()) && recentAnswers.size() < 10) {
                    recentAnswers.add(view);
                }
            }
        }
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
        Map<String, SkillLevel> declared = new LinkedHashMap<>();
        profile.skills().forEach(skill -> declared.put(skill.topic(), skill.level()));

        Set<String> topicNames = new TreeSet<>(declared.keySet());
        cells.forEach(cell -> topicNames.add(cell.topic()));
        topicNames.addAll(endorsementsByTopic.keySet());
        List<TopicExpertise> topics = new ArrayList<>();
        for (String topic : topicNames) {
            List<ScoreCell> topicCells = new ArrayList<>(cells.stream().filter(cell -> cell.topic().equals(topic))
                    .toList());
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
        return new Expertise(person, profile, topics, recentAnswers, reader.equals(userKey), now);
    }

    private static double sum(Collection<ScoreCell> cells, java.util.function.ToDoubleFunction<ScoreCell> value) {
        return cells.stream().mapToDouble(value).sum();
    }
}

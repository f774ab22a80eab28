package org.guildhall.expertise;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.community.Community;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.Visibility;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.expertise.ao.EndorsementDao;
import org.guildhall.expertise.ao.EvidenceDao;
import org.guildhall.expertise.ao.ProfileDao;
import org.guildhall.expertise.ao.QuestionIdsDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.BackgroundTasks;
import org.guildhall.platform.Clock;
import org.guildhall.platform.ContentPermissions;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.confluence.ActiveObjectsTransactions;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Posting;
import org.guildhall.qa.QaPermissions;
import org.guildhall.qa.Question;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.Voting;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.ReputationDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.qa.ao.VoteDao;
import org.guildhall.testing.ActiveObjectsTest;
import org.guildhall.workbench.ao.EntityManagerTransactionalExecutorFactory;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Evidence kept incrementally from real Q&A use cases on every database: the score cells follow answers, votes,
 * acceptance and deletion; a full rebuild gives exactly what the increments gave; a reader sees and counts only
 * evidence from communities they can see; endorsements refuse bad input and change nothing.
 */
public class ExpertiseEvidenceTest extends ActiveObjectsTest {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private final Set<String> hiddenSpaces = new HashSet<>();
    /** Pages restricted to their writer, "writer". */
    private final Set<Long> restrictedPages = new HashSet<>();
    private final ContentPermissions contentPermissions = new ContentPermissions() {
        @Override
        public Map<Long, String> viewableTitles(java.util.Collection<Long> contentIds) {
            Map<Long, String> titles = new java.util.HashMap<>();
            contentIds.stream().filter(id -> !restrictedPages.contains(id) || "writer".equals(CALLER.get()))
                    .forEach(id -> titles.put(id, "Page " + id));
            return titles;
        }
    };
    private PageEvidence pageEvidence;
    private Posting posting;
    private Voting voting;
    private EvidenceDao evidenceDao;
    private EndorsementDao endorsementDao;
    private ExpertiseRebuild rebuild;
    private ExpertiseReading reading;
    private Endorsing endorsing;
    private ExpertFinder finder;
    private long coffee;
    private long secret;

    /** Delivers events synchronously to subscribers, as Confluence's publisher does. */
    private static final class SynchronousEvents implements AppEvents {
        private final List<Object[]> subscriptions = new CopyOnWriteArrayList<>();

        @Override
        public void publish(Object event) {
            for (Object[] subscription : subscriptions) {
                if (((Class<?>) subscription[0]).isInstance(event)) {
                    @SuppressWarnings("unchecked")
                    Consumer<Object> handler = (Consumer<Object>) subscription[1];
                    handler.accept(event);
                }
            }
        }

        @Override
        public <E> void subscribe(Class<E> type, Consumer<? super E> handler) {
            subscriptions.add(new Object[]{type, handler});
        }
    }

    @Before
    public void wire() {
        CommunityDao communityDao = new CommunityDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        Clock clock = new Clock();
        coffee = communityDao.save("COFFEE", new CommunitySettings("Coffee", "", Visibility.OPEN,
                Optional.of(List.of("espresso", "milk"))), clock.now()).id();
        secret = communityDao.save("SECRET", new CommunitySettings("Secret", "", Visibility.OPEN,
                Optional.of(List.of("espresso"))), clock.now()).id();
        SpacePermissions spacePermissions = mock(SpacePermissions.class);
        when(spacePermissions.canView(anyString())).thenAnswer(call -> !hiddenSpaces.contains(call.<String>getArgument(0)));
        CurrentUser currentUser = mock(CurrentUser.class);
        when(currentUser.userKey()).thenAnswer(call -> Optional.ofNullable(CALLER.get()));
        People people = mock(People.class);
        when(people.find(anyString())).thenAnswer(call -> Optional.of(person(call.getArgument(0))));
        when(people.findAll(anyCollection())).thenAnswer(call -> {
            Map<String, People.Person> found = new java.util.HashMap<>();
            for (Object key : call.<java.util.Collection<?>>getArgument(0)) {
                found.put((String) key, person((String) key));
            }
            return found;
        });
        VisibleCommunities visible = new VisibleCommunities(communityDao, spacePermissions);
        QuestionDao questionDao = new QuestionDao(ao);
        AnswerDao answerDao = new AnswerDao(ao);
        ActiveObjectsTransactions transactions = new ActiveObjectsTransactions(ao);
        SynchronousEvents events = new SynchronousEvents();
        QaPermissions permissions = new QaPermissions(visible, new MembershipPolicy(communityDao,
                new MembershipDao(ao), spacePermissions, currentUser), questionDao);
        posting = new Posting(permissions, questionDao, answerDao, new CommentDao(ao), new RevisionDao(ao),
                new TopicDao(ao), new FollowDao(ao),
                new FirstPostDao(ao, new EntityManagerTransactionalExecutorFactory(ao)), new MembershipDao(ao),
                transactions, events, clock);
        voting = new Voting(permissions, posting, questionDao, answerDao, new VoteDao(ao), new ReputationDao(ao),
                new FollowDao(ao), transactions, events, clock, mock(QuestionReading.class), currentUser);
        evidenceDao = new EvidenceDao(ao, new EntityManagerTransactionalExecutorFactory(ao));
        endorsementDao = new EndorsementDao(ao);
        ProfileDao profileDao = new ProfileDao(ao);
        EvidenceRecorder recorder = new EvidenceRecorder(questionDao, answerDao, evidenceDao, transactions, events);
        rebuild = new ExpertiseRebuild(evidenceDao, new QuestionIdsDao(ao), recorder, transactions, currentUser);
        PageVisibility pageVisibility = new PageVisibility(contentPermissions);
        reading = new ExpertiseReading(currentUser, people, visible, profileDao, evidenceDao, endorsementDao,
                questionDao, pageVisibility, clock);
        endorsing = new Endorsing(currentUser, people, visible, evidenceDao, endorsementDao, pageVisibility,
                transactions, clock);
        finder = new ExpertFinder(currentUser, people, visible, evidenceDao, profileDao, endorsementDao,
                new TopicDao(ao), questionDao, pageVisibility, new TopicCandidates(evidenceDao, clock), clock);
        pageEvidence = new PageEvidence(communityDao, evidenceDao, recorder, transactions,
                mock(BackgroundTasks.class));
    }

    private static People.Person person(String key) {
        return new People.Person(key, key, "Name of " + key);
    }

    @Test
    public void answersVotesAndAcceptance_addUpInTheCell_andDeletionTakesThemAway() {
        Question question = as("asker", () -> posting.ask("COFFEE", "How fine should espresso be ground?", "Body",
                List.of("espresso", "milk")));
        Answer answer = as("ann", () -> posting.answer(question.id(), "Finer than you think."));
        as("voter", () -> voting.voteOnAnswer(answer.id(), 1));
        as("asker", () -> {
            voting.accept(answer.id());
            return null;
        });

        ScoreCell cell = cell("ann", "espresso", coffee);
        assertThat(cell.answers() + "/" + cell.accepted() + "/" + cell.items(), is("1/1/2"));
        assertThat(cell.points(), closeTo(ExpertiseScoring.answerPoints(1) + ExpertiseScoring.ACCEPTED_POINTS, 1e-9));
        assertThat(cell("asker", "milk", coffee).questions(), is(1));

        as("asker", () -> {
            voting.unaccept(answer.id());
            return null;
        });
        assertThat(cell("ann", "espresso", coffee).accepted(), is(0));
        as("ann", () -> {
            posting.deleteAnswer(answer.id());
            return null;
        });
        assertThat(evidenceDao.findAllCells().stream().filter(each -> each.personKey().equals("ann")).toList(),
                is(empty()));
    }

    @Test
    public void fullRebuild_givesExactlyWhatTheIncrementsGave() {
        for (int i = 0; i < 4; i++) {
            int round = i;
            Question question = as("asker" + (i % 2), () -> posting.ask(round % 2 == 0 ? "COFFEE" : "SECRET",
                    "Question number " + round + " about espresso", "Body", List.of("espresso")));
            Answer first = as("ann", () -> posting.answer(question.id(), "First answer " + round));
            Answer second = as("ben", () -> posting.answer(question.id(), "Second answer " + round));
            as("voter", () -> voting.voteOnAnswer(first.id(), round % 2 == 0 ? 1 : -1));
            as("other", () -> voting.voteOnAnswer(second.id(), 1));
            as("asker" + (round % 2), () -> {
                voting.accept(round == 1 ? first.id() : second.id());
                return null;
            });
            if (round == 2) {
                as("ben", () -> {
                    posting.deleteAnswer(second.id());
                    return null;
                });
            }
        }
        List<EvidenceItem> incrementalItems = sortedItems();
        List<ScoreCell> incrementalCells = sortedCells();

        int questions = rebuild.rebuild();

        assertThat(questions, is(4));
        assertThat(sortedItems(), is(incrementalItems));
        List<ScoreCell> rebuilt = sortedCells();
        assertThat(rebuilt.size(), is(incrementalCells.size()));
        for (int i = 0; i < rebuilt.size(); i++) {
            ScoreCell a = rebuilt.get(i);
            ScoreCell b = incrementalCells.get(i);
            assertThat(a.personKey() + a.topic() + a.communityId() + "/" + a.items() + a.accepted() + a.answers()
                    + a.questions(), is(b.personKey() + b.topic() + b.communityId() + "/" + b.items() + b.accepted()
                    + b.answers() + b.questions()));
            assertThat(a.weighted(), closeTo(b.weighted(), 1e-9));
            assertThat(a.points(), closeTo(b.points(), 1e-9));
        }
    }

    @Test
    public void evidenceFromAnInvisibleCommunity_isNeitherShownNorCounted() {
        Question open = as("asker", () -> posting.ask("COFFEE", "An open espresso question", "Body",
                List.of("espresso")));
        Question hidden = as("asker", () -> posting.ask("SECRET", "A secret espresso question", "Body",
                List.of("espresso")));
        Answer openAnswer = as("ann", () -> posting.answer(open.id(), "Open answer"));
        Answer hiddenAnswer = as("ann", () -> posting.answer(hidden.id(), "Secret answer"));
        as("asker", () -> {
            voting.accept(hiddenAnswer.id());
            return null;
        });
        hiddenSpaces.add("SECRET");

        ExpertiseReading.Expertise seen = as("viewer", () -> reading.expertise("ann"));

        ExpertiseReading.TopicExpertise espresso = seen.topics().get(0);
        assertThat(espresso.answers() + "/" + espresso.accepted(), is("1/0"));
        assertThat(espresso.undecayedPoints(), closeTo(ExpertiseScoring.answerPoints(0), 1e-9));
        assertThat(espresso.evidence().stream().map(view -> view.item().postId()).distinct().toList(),
                contains(openAnswer.id()));
        ExpertFinder.Expert found = as("viewer", () -> finder.find(new ExpertFinder.ExpertQuery("espresso", null,
                null, false, 10))).experts().stream().filter(expert -> expert.person().userKey().equals("ann"))
                .findFirst().orElseThrow();
        assertThat(found.accepted() + "/" + found.answers(), is("0/1"));
        assertThat(found.evidence().stream().map(view -> view.item().postId()).distinct().toList(),
                contains(openAnswer.id()));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> as("viewer", () -> endorsing.endorse("ann",
                "espresso", "answer", hiddenAnswer.id())));
        assertThat(refused.fieldErrorKeys().keySet(), contains("evidence.id"));
    }

    @Test
    public void endorsements_refuseSelfForeignEvidenceAndUnknownTopics_andRenewInsteadOfDuplicating() {
        Question question = as("asker", () -> posting.ask("COFFEE", "Milk or no milk in espresso?", "Body",
                List.of("espresso")));
        Answer annAnswer = as("ann", () -> posting.answer(question.id(), "No milk."));
        Answer benAnswer = as("ben", () -> posting.answer(question.id(), "Some milk."));

        assertField(() -> endorsing.endorse("ann", "espresso", "answer", annAnswer.id()), "ann", "userKey");
        assertField(() -> endorsing.endorse("ann", "espresso", "answer", benAnswer.id()), "carol", "evidence.id");
        assertField(() -> endorsing.endorse("ann", "milk", "answer", annAnswer.id()), "carol", "evidence.id");
        assertField(() -> endorsing.endorse("ann", "!!", "answer", annAnswer.id()), "carol", "topic");
        assertField(() -> endorsing.endorse("ann", "espresso", "video", annAnswer.id()), "carol", "evidence.type");
        assertThat(endorsementDao.findFor(List.of("ann"), List.of(coffee, secret)), is(empty()));

        Endorsement first = as("carol", () -> endorsing.endorse("ann", "espresso", "answer", annAnswer.id()));
        Endorsement again = as("carol", () -> endorsing.endorse("ann", "espresso", "answer", annAnswer.id()));

        assertThat(again.id(), is(first.id()));
        assertThat(endorsementDao.findFor(List.of("ann"), List.of(coffee)).size(), is(1));
        ExpertiseReading.TopicExpertise espresso = as("dave", () -> reading.expertise("ann")).topics().get(0);
        assertThat(espresso.endorsementPoints(), closeTo(ExpertiseScoring.ENDORSEMENT_POINTS, 0.01));
    }

    @Test
    public void pagesAndBlogPosts_countOncePerLabelForTheirCreatorAndEditors_andLosingALabelTakesThemAway() {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        pageEvidence.record(new PageWork(501, "COFFEE", List.of("Espresso", "not a topic!", "milk"), "writer",
                "writer", at));
        pageEvidence.record(new PageWork(501, "COFFEE", List.of("espresso", "milk"), "editor", "writer",
                at.plusSeconds(60)));
        pageEvidence.record(new PageWork(502, "PLAIN", List.of("espresso"), "writer", "writer", at));

        assertThat(cell("writer", "espresso", coffee).pages() + "/" + cell("writer", "espresso", coffee).points(),
                is("1/" + ExpertiseScoring.PAGE_CREATED_POINTS));
        assertThat(cell("editor", "milk", coffee).points(), is(ExpertiseScoring.PAGE_EDITED_POINTS));
        assertThat(evidenceDao.findAllItems().stream().filter(item -> item.postId() == 502).toList(), is(empty()));

        pageEvidence.record(new PageWork(501, "COFFEE", List.of("espresso"), "writer", "writer",
                at.plusSeconds(120)));

        assertThat(evidenceDao.findAllCells().stream().filter(cell -> cell.topic().equals("milk")).toList(),
                is(empty()));
        assertThat(cell("editor", "espresso", coffee).items(), is(1));
        List<ScoreCell> incremental = sortedCells();
        rebuild.rebuild();
        assertThat(sortedCells().stream().map(cell -> cell.personKey() + cell.topic() + cell.items() + cell.pages())
                .toList(), is(incremental.stream().map(cell -> cell.personKey() + cell.topic() + cell.items()
                + cell.pages()).toList()));
    }

    @Test
    public void aPageTheReaderCannotView_isNeitherShownNorCounted() {
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        pageEvidence.record(new PageWork(601, "COFFEE", List.of("espresso"), "writer", "writer", at));
        pageEvidence.record(new PageWork(602, "COFFEE", List.of("espresso", "milk"), "writer", "writer", at));
        restrictedPages.add(602L);

        ExpertiseReading.TopicExpertise seenByWriter = as("writer", () -> reading.expertise("writer")).topics().get(0);
        assertThat(seenByWriter.pages(), is(2));
        ExpertiseReading.Expertise seen = as("viewer", () -> reading.expertise("writer"));
        assertThat(seen.topics().stream().map(topic -> topic.topic() + "/" + topic.pages()).toList(),
                contains("espresso/1"));
        assertThat(seen.topics().get(0).undecayedPoints(), closeTo(ExpertiseScoring.PAGE_CREATED_POINTS, 1e-9));
        assertThat(seen.topics().get(0).evidence().stream().map(view -> view.item().postId() + ":"
                + view.questionTitle()).toList(), contains("601:Page 601"));
        ExpertFinder.Expert found = as("viewer", () -> finder.find(new ExpertFinder.ExpertQuery("espresso", null,
                null, false, 10))).experts().get(0);
        assertThat(found.evidencePoints(), closeTo(seen.topics().get(0).evidencePoints(), 1e-6));
        assertThat(found.evidence().stream().map(view -> view.item().postId()).toList(), contains(601L));
        assertThat(as("viewer", () -> finder.find(new ExpertFinder.ExpertQuery("milk", null, null, false, 10)))
                .experts(), is(empty()));
        assertField(() -> endorsing.endorse("writer", "espresso", "page", 602L), "viewer", "evidence.id");

        hiddenSpaces.add("COFFEE");
        assertThat(as("viewer", () -> reading.expertise("writer")).topics(), is(empty()));
    }

    @Test
    public void eachPieceOfWork_countsOnceInItsAuthorsGeneralCell_andTheTopicSumsFollowTheCells() {
        Question question = as("asker", () -> posting.ask("COFFEE", "Espresso with milk, or without?", "Body",
                List.of("espresso", "milk")));
        Answer answer = as("ann", () -> posting.answer(question.id(), "Without."));
        Question secretQuestion = as("asker", () -> posting.ask("SECRET", "A secret espresso question", "Body",
                List.of("espresso")));
        as("ann", () -> posting.answer(secretQuestion.id(), "Secretly."));

        ScoreCell general = cell("ann", EvidenceDao.GENERAL_TOPIC, coffee);
        assertThat(general.items() + "/" + general.answers(), is("1/1"));
        assertThat(general.points(), closeTo(ExpertiseScoring.answerPoints(0), 1e-9));
        assertThat(topicSum("ann", "espresso"), closeTo(cell("ann", "espresso", coffee).weighted()
                + cell("ann", "espresso", secret).weighted(), 1e-9));

        as("ann", () -> {
            posting.deleteAnswer(answer.id());
            return null;
        });
        assertThat(evidenceDao.findAllCells().stream().filter(cell -> cell.personKey().equals("ann")
                && cell.communityId() == coffee).toList(), is(empty()));
        assertThat(topicSum("ann", "espresso"), closeTo(cell("ann", "espresso", secret).weighted(), 1e-9));
        assertThat(evidenceDao.findAllTopicScores().stream().filter(sum -> sum.topic().equals("milk")
                && sum.personKey().equals("ann")).toList(),
                is(empty()));
    }

    @Test
    public void findAnExpert_ranksByWhatTheReaderMayCount_evenWhenTheBestOverallEarnedItWhereTheReaderCannotSee() {
        for (int i = 0; i < 20; i++) {
            String person = String.format("loud%02d", i);
            seed(person, "espresso", secret, 10);
            seed(person, "espresso", coffee, 1);
        }
        seed("quiet", "espresso", coffee, 5);
        hiddenSpaces.add("SECRET");

        List<ExpertFinder.Expert> experts = as("viewer", () -> finder.find(new ExpertFinder.ExpertQuery("espresso",
                null, null, false, 1))).experts();

        assertThat(experts.stream().map(expert -> expert.person().userKey()).toList(), contains("quiet"));
        assertThat(experts.get(0).evidencePoints(), closeTo(ExpertiseScoring.decayed(5 * weightNow(), now()), 1e-6));
        List<ExpertFinder.Expert> insiders = as("viewer", () -> {
            hiddenSpaces.remove("SECRET");
            return finder.find(new ExpertFinder.ExpertQuery("espresso", null, null, false, 3)).experts();
        });
        // the twenty loud people tie (11 points each), so any three of them are the best three
        assertThat(insiders.size(), is(3));
        for (ExpertFinder.Expert insider : insiders) {
            assertThat(insider.person().userKey(), startsWith("loud"));
            assertThat(insider.evidencePoints(), closeTo(ExpertiseScoring.decayed(11 * weightNow(), now()), 1e-6));
        }
    }

    @Test
    public void theRankedReads_returnAtMostTheirLimit_bestFirstWithTiesByKeyDescending_whateverTheEvidence() {
        for (int i = 0; i < 30; i++) {
            seed(String.format("p%02d", i), "espresso", coffee, i % 10);
            seed("ann", "topic-" + i, coffee, i);
        }

        List<EvidenceDao.TopicScore> top = evidenceDao.rankTopic("espresso", Optional.empty(), 4);
        List<EvidenceDao.TopicScore> inCoffee = evidenceDao.rankTopic("espresso", Optional.of(coffee), 4);
        List<EvidenceDao.TopicScore> annsTopics = evidenceDao.topTopics("ann", 3);

        assertThat(top.stream().map(EvidenceDao.TopicScore::personKey).toList(),
                contains("p29", "p19", "p09", "p28"));
        assertThat(inCoffee.stream().map(EvidenceDao.TopicScore::personKey).toList(),
                contains("p29", "p19", "p09", "p28"));
        assertThat(annsTopics.stream().map(EvidenceDao.TopicScore::topic).toList(),
                contains("topic-29", "topic-28", "topic-27"));
    }

    @Test
    public void theSumsCountExactlyTheCommunitiesAsked_onEitherSideOfEveryByteOfTheCommunitySet() {
        // community ids on both sides of byte boundaries of the set PostgreSQL receives as one bitmap
        List<Long> ids = List.of(0L, 1L, 7L, 8L, 9L, 15L, 16L, 17L, 63L, 64L, 1_000L);
        for (long id : ids) {
            seed("ann", "espresso", id, id + 1);
            seed("bob", "espresso", id, 2 * (id + 1));
        }
        List<Long> asked = List.of(1L, 8L, 16L, 64L);

        List<ScoreCell> annsSums = evidenceDao.sumTopics("ann", List.of("espresso"), asked);
        List<RankedPerson> people = evidenceDao.sumPeople(List.of("ann", "bob"), List.of("espresso"), asked);

        assertThat(annsSums.size(), is(1));
        assertThat(annsSums.get(0).points(), is(2.0 + 9 + 17 + 65));
        assertThat(annsSums.get(0).items(), is(4));
        assertThat(people.stream().filter(person -> person.personKey().equals("bob")).findFirst().orElseThrow()
                .answers(), is(4));
        assertThat(evidenceDao.sumTopics("ann", List.of("espresso"), List.of(1_000L)).get(0).points(), is(1_001.0));
        assertThat(evidenceDao.sumTopics("ann", List.of("espresso"), List.of(2L, 999L, 1_001L)), is(List.of()));
    }

    @Test
    public void aProfile_listsTheStrongestTopicsTheReaderMayCount_withAFewItemsEach_andSaysThereAreMore() {
        Question question = as("asker", () -> posting.ask("COFFEE", "Which grinder for espresso?", "Body",
                List.of("espresso")));
        for (int i = 0; i < ExpertiseReading.EVIDENCE_PER_TOPIC + 3; i++) {
            int round = i;
            as("ann", () -> posting.answer(question.id(), "Answer number " + round));
        }
        for (int i = 0; i < ExpertiseReading.TOPICS_SHOWN + 5; i++) {
            seed("ann", "topic-" + i, coffee, 100 + i);
        }
        seed("ann", "secret-topic", secret, 10_000);
        hiddenSpaces.add("SECRET");

        ExpertiseReading.Expertise seen = as("viewer", () -> reading.expertise("ann"));

        assertThat(seen.moreTopics(), is(true));
        assertThat(seen.topics().size(), is(ExpertiseReading.TOPICS_SHOWN));
        assertThat(seen.topics().get(0).topic(), is("topic-" + (ExpertiseReading.TOPICS_SHOWN + 4)));
        assertThat(seen.topics().stream().map(ExpertiseReading.TopicExpertise::topic).toList().contains(
                "secret-topic"), is(false));
        assertThat(seen.recentAnswers().size(), is(ExpertiseReading.EVIDENCE_PER_TOPIC + 3));
        List<EvidenceItem> strongest = evidenceDao.findStrongest(List.of("ann"), List.of("espresso"),
                List.of(coffee), ExpertiseReading.EVIDENCE_PER_TOPIC);
        assertThat(strongest.size(), is(ExpertiseReading.EVIDENCE_PER_TOPIC));
    }

    @Test
    public void answers_comeAPageAtATime_newestFirst_eachOnce_neverFromACommunityTheReaderCannotSee() {
        List<Long> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int round = i;
            Question question = as("asker", () -> posting.ask("COFFEE", "Espresso question number " + round,
                    "Body", List.of("espresso", "milk")));
            answers.add(as("ann", () -> posting.answer(question.id(), "Answer " + round)).id());
        }
        Question hidden = as("asker", () -> posting.ask("SECRET", "A secret espresso question", "Body",
                List.of("espresso")));
        as("ann", () -> posting.answer(hidden.id(), "Secret answer"));
        hiddenSpaces.add("SECRET");

        List<Long> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String after = cursor;
            ExpertiseReading.AnswerPage page = as("viewer", () -> reading.answers("ann", after, 2));
            page.answers().forEach(view -> paged.add(view.item().postId()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(paged, is(List.of(answers.get(4), answers.get(3), answers.get(2), answers.get(1),
                answers.get(0))));
        assertThat(pages, is(3));
        assertThat(as("viewer", () -> reading.expertise("ann")).recentAnswers().size(), is(5));
        assertField(() -> reading.answers("ann", "not-a-cursor", 2), "viewer", "cursor");
        assertField(() -> reading.answers("ann", null, ExpertiseReading.MAX_ANSWER_PAGE + 1), "viewer", "limit");
    }

    /** Adds points to a person's cell as if an item worth them happened now (rankings read cells only). */
    private void seed(String person, String topic, long communityId, double points) {
        evidenceDao.addToCell(person, topic, communityId, new ScoreChange(points * weightNow(), points, 1, 0, 1, 0,
                0));
    }

    private static final Instant SEEDED_AT = Instant.now();

    private static double weightNow() {
        return ExpertiseScoring.weight(SEEDED_AT);
    }

    private static Instant now() {
        return Instant.now();
    }

    private double topicSum(String person, String topic) {
        return evidenceDao.findAllTopicScores().stream().filter(sum -> sum.personKey().equals(person)
                && sum.topic().equals(topic)).findFirst().orElseThrow().weighted();
    }

    private void assertField(Supplier<Object> work, String caller, String field) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> as(caller, work));
        assertThat(refused.fieldErrorKeys().keySet(), contains(field));
    }

    private ScoreCell cell(String person, String topic, long communityId) {
        return evidenceDao.findAllCells().stream().filter(cell -> cell.personKey().equals(person)
                && cell.topic().equals(topic) && cell.communityId() == communityId).findFirst().orElseThrow();
    }

    private List<EvidenceItem> sortedItems() {
        List<EvidenceItem> items = new ArrayList<>(evidenceDao.findAllItems());
        items.sort(Comparator.comparing(EvidenceItem::key));
        return items;
    }

    private List<ScoreCell> sortedCells() {
        List<ScoreCell> cells = new ArrayList<>(evidenceDao.findAllCells());
        cells.sort(Comparator.comparing(cell -> cell.communityId() + ":" + cell.topic() + ":" + cell.personKey()));
        return cells;
    }

    private static <T> T as(String userKey, Supplier<T> work) {
        CALLER.set(userKey);
        try {
            return work.get();
        } finally {
            CALLER.remove();
        }
    }
}

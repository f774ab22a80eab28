package org.guildhall.qa.ao;

import org.guildhall.qa.Answer;
import org.guildhall.qa.CloseReason;
import org.guildhall.qa.ListState;
import org.guildhall.qa.PostType;
import org.guildhall.qa.Question;
import org.guildhall.qa.QuestionListQuery;
import org.guildhall.qa.QuestionListQuery.Position;
import org.guildhall.qa.QuestionListQuery.Sort;
import org.guildhall.qa.ReputationCounts;
import org.guildhall.qa.ReputationWeights;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Before;
import org.junit.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.Assert.assertThrows;

/** Questions, answers, votes, topics, revisions and reputation on every database. */
public class QuestionDaoTest extends ActiveObjectsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private QuestionDao questions;
    private AnswerDao answers;
    private VoteDao votes;
    private RevisionDao revisions;
    private TopicDao topics;
    private ReputationDao reputation;
    private CommentDao comments;

    @Before
    public void createDaos() {
        questions = new QuestionDao(ao);
        answers = new AnswerDao(ao);
        votes = new VoteDao(ao);
        revisions = new RevisionDao(ao);
        topics = new TopicDao(ao);
        reputation = new ReputationDao(ao);
        comments = new CommentDao(ao);
    }

    @Test
    public void insert_storesEveryFieldAndTopicsInOrder() {
        Question asked = questions.insert(7, "key-ann", "How fine should I grind?", "Ünïcødé **body** ☕",
                List.of("grinding", "espresso"), T0);

        Question found = questions.find(asked.id()).orElseThrow();
        assertThat(found, is(asked));
        assertThat(found.topics(), contains("grinding", "espresso"));
        assertThat(found.state(), is(ListState.UNANSWERED));
        assertThat(found.body(), is("Ünïcødé **body** ☕"));
        assertThat(found.createdAt(), is(T0));
        assertThat(found.author().userKey(), is("key-ann"));
    }

    @Test
    public void listRows_carryEverythingButTheBody_whichNoListShows() {
        Question asked = questions.insert(7, "key-ann", "How fine should I grind?", "A long body ".repeat(100),
                List.of("grinding", "espresso"), T0);
        Question found = questions.find(asked.id()).orElseThrow();

        Question listed = questions.list(new QuestionListQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Sort.NEWEST, Optional.empty()), List.of(7L), 10).get(0);

        assertThat(listed.body(), is(""));
        assertThat(new Question(listed.id(), listed.communityId(), listed.author(), listed.title(), found.body(),
                listed.score(), listed.answerCount(), listed.acceptedAnswerId(), listed.state(), listed.closeReason(),
                listed.duplicateOfId(), listed.closedBy(), listed.closedAt(), listed.deleted(), listed.deletedBy(),
                listed.deletedAt(), listed.revision(), listed.createdAt(), listed.updatedAt(), listed.lastActivityAt(),
                listed.sourceUrl(), listed.topics()), is(found));
    }

    @Test
    public void findTitles_readsEachAskedQuestionsTitleDeletedOrNot_andNothingForUnknownIds() {
        Question first = questions.insert(7, "key-ann", "How fine should I grind?", "body", List.of("grinding"), T0);
        Question deleted = questions.insert(8, "key-bob", "Milk or not?", "body", List.of(), T0);
        Question notAsked = questions.insert(7, "key-bob", "Not asked for", "body", List.of(), T0);
        ao.executeInTransaction(() -> {
            questions.setDeleted(deleted.id(), true, "key-mod", T0);
            return null;
        });

        java.util.Map<Long, String> titles = questions.findTitles(List.of(first.id(), deleted.id(), notAsked.id() + 99));

        assertThat(titles, is(java.util.Map.of(first.id(), "How fine should I grind?", deleted.id(), "Milk or not?")));
        assertThat(questions.findTitles(List.of()), is(java.util.Map.of()));
    }

    @Test
    public void findWithDuplicates_readsTheQuestionWithTheQuestionsClosedAsItsDuplicatesThatAreNotDeleted() {
        Question original = questions.insert(7, "key-ann", "How fine should I grind?", "body", List.of("grinding"), T0);
        Question duplicate = questions.insert(7, "key-bob", "Grind size?", "body", List.of("espresso"), T0);
        Question deletedDuplicate = questions.insert(7, "key-bob", "Grind how?", "body", List.of(), T0);
        Question other = questions.insert(7, "key-bob", "Milk?", "body", List.of(), T0);
        ao.executeInTransaction(() -> {
            questions.setClosed(duplicate.id(), CloseReason.DUPLICATE, original.id(), "key-mod", T0);
            questions.setClosed(deletedDuplicate.id(), CloseReason.DUPLICATE, original.id(), "key-mod", T0);
            questions.setDeleted(deletedDuplicate.id(), true, "key-mod", T0);
            questions.setDeleted(original.id(), true, "key-mod", T0);
            return null;
        });

        QuestionDao.WithDuplicates read = questions.findWithDuplicates(original.id()).orElseThrow();

        assertThat(read.question().id(), is(original.id()));
        assertThat(read.question().deleted(), is(true));
        assertThat(read.question().topics(), contains("grinding"));
        assertThat(read.duplicates().stream().map(Question::id).toList(), contains(duplicate.id()));
        assertThat(read.duplicates().get(0).topics(), contains("espresso"));
        assertThat(questions.findWithDuplicates(other.id()).orElseThrow().duplicates(), is(List.of()));
        assertThat(questions.findWithDuplicates(other.id() + 1000).isPresent(), is(false));
    }

    @Test
    public void findWithDuplicates_findsTheQuestionBehindMoreOlderDuplicatesThanAPageShows() {
        List<Long> older = new java.util.ArrayList<>();
        for (int i = 0; i <= QuestionDao.MAX_DUPLICATES_SHOWN; i++) {
            older.add(questions.insert(7, "key-bob", "Old " + i, "body", List.of(), T0).id());
        }
        Question original = questions.insert(7, "key-ann", "The original", "body", List.of(), T0);
        ao.executeInTransaction(() -> {
            older.forEach(id -> questions.setClosed(id, CloseReason.DUPLICATE, original.id(), "key-mod", T0));
            return null;
        });

        QuestionDao.WithDuplicates read = questions.findWithDuplicates(original.id()).orElseThrow();

        assertThat(read.question().title(), is("The original"));
        assertThat(read.duplicates().size(), is(QuestionDao.MAX_DUPLICATES_SHOWN));
    }

    @Test
    public void editDeleteRestoreCloseAndReopen_eachMoveUpdatedAt_whichTheSimilarQuestionIndexesPoll() {
        Question asked = questions.insert(7, "key-ann", "How fine should I grind?", "body", List.of("grinding"), T0);

        ao.executeInTransaction(() -> {
            questions.edit(asked.id(), "How fine should I grind for espresso?", "body", List.of("grinding"), 2,
                    T0.plusSeconds(10));
            return null;
        });
        assertThat(questions.find(asked.id()).orElseThrow().updatedAt(), is(T0.plusSeconds(10)));
        ao.executeInTransaction(() -> {
            questions.setDeleted(asked.id(), true, "key-mod", T0.plusSeconds(20));
            return null;
        });
        assertThat(questions.find(asked.id()).orElseThrow().updatedAt(), is(T0.plusSeconds(20)));
        ao.executeInTransaction(() -> {
            questions.setDeleted(asked.id(), false, "key-mod", T0.plusSeconds(30));
            return null;
        });
        assertThat(questions.find(asked.id()).orElseThrow().updatedAt(), is(T0.plusSeconds(30)));
        ao.executeInTransaction(() -> {
            questions.setClosed(asked.id(), CloseReason.OFF_TOPIC, null, "key-mod", T0.plusSeconds(40));
            return null;
        });
        assertThat(questions.find(asked.id()).orElseThrow().updatedAt(), is(T0.plusSeconds(40)));
        ao.executeInTransaction(() -> {
            questions.setClosed(asked.id(), null, null, "key-mod", T0.plusSeconds(50));
            return null;
        });
        assertThat(questions.find(asked.id()).orElseThrow().updatedAt(), is(T0.plusSeconds(50)));
    }

    @Test
    public void list_filtersByCommunityTopicAuthorAndState_andPagesByKeysetInEachSort() {
        for (int i = 0; i < 6; i++) {
            Question question = questions.insert(i % 2 == 0 ? 1 : 2, i < 3 ? "key-ann" : "key-bob", "Question number " + i,
                    "body", i % 3 == 0 ? List.of("espresso", "milk") : List.of("tea"), T0.plusSeconds(i * 60L));
            ao.executeInTransaction(() -> {
                questions.lock(question.id());
                questions.addToScore(question.id(), question.id() % 3 == 0 ? 5 : 1);
                return null;
            });
        }
        QuestionListQuery all = new QuestionListQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Sort.NEWEST, Optional.empty());

        assertThat(titles(questions.list(all, List.of(1L, 2L), 10)), contains("Question number 5",
                "Question number 4", "Question number 3", "Question number 2", "Question number 1", "Question number 0"));
        assertThat(titles(questions.list(all, List.of(2L), 10)), contains("Question number 5", "Question number 3",
                "Question number 1"));
        assertThat(questions.list(all, List.of(), 10).size(), is(0));

        List<Question> first = questions.list(all, List.of(1L, 2L), 4);
        Question last = first.get(3);
        assertThat(titles(questions.list(all.after(new Position(Sort.NEWEST.keyOf(last), last.id())),
                List.of(1L, 2L), 4)), contains("Question number 1", "Question number 0"));

        QuestionListQuery espresso = new QuestionListQuery(Optional.of("espresso"), Optional.empty(), Optional.empty(),
                Sort.NEWEST, Optional.empty());
        assertThat(titles(questions.list(espresso, List.of(1L, 2L), 10)), contains("Question number 3",
                "Question number 0"));
        assertThat(titles(questions.list(espresso, List.of(1L), 10)), contains("Question number 0"));
        assertThat(questions.countWithTopic("espresso", List.of(1L, 2L)), is(2));
        assertThat(questions.countWithTopic("espresso", List.of(2L)), is(1));

        QuestionListQuery bobs = new QuestionListQuery(Optional.empty(), Optional.of("key-bob"), Optional.empty(),
                Sort.SCORE, Optional.empty());
        List<Question> byScore = questions.list(bobs, List.of(1L, 2L), 10);
        assertThat(byScore.size(), is(3));
        assertThat(byScore.get(0).score() >= byScore.get(1).score(), is(true));
        Question top = byScore.get(0);
        assertThat(questions.list(bobs.after(new Position(Sort.SCORE.keyOf(top), top.id())), List.of(1L, 2L), 10)
                .size(), is(2));

        QuestionListQuery unanswered = new QuestionListQuery(Optional.empty(), Optional.empty(),
                Optional.of(ListState.UNANSWERED), Sort.ACTIVITY, Optional.empty());
        assertThat(questions.list(unanswered, List.of(1L, 2L), 10).size(), is(6));
        QuestionListQuery answeredQuery = new QuestionListQuery(Optional.empty(), Optional.empty(),
                Optional.of(ListState.ANSWERED), Sort.ACTIVITY, Optional.empty());
        assertThat(questions.list(answeredQuery, List.of(1L, 2L), 10).size(), is(0));
    }

    @Test
    public void answersAcceptanceAndClosing_keepTheListStateInStep() {
        Question question = questions.insert(1, "key-ann", "A question title", "body", List.of(), T0);
        Answer answer = answers.insert(question.id(), 1, "key-bob", "answer", T0);
        ao.executeInTransaction(() -> {
            questions.lock(question.id());
            questions.addToAnswerCount(question.id(), 1, T0.plusSeconds(1));
            return null;
        });
        assertThat(questions.find(question.id()).orElseThrow().state(), is(ListState.ANSWERED));

        ao.executeInTransaction(() -> {
            questions.lock(question.id());
            answers.setAccepted(answer.id(), "key-ann", T0);
            questions.setAcceptedAnswer(question.id(), answer.id(), T0);
            return null;
        });
        assertThat(questions.find(question.id()).orElseThrow().state(), is(ListState.ACCEPTED));
        assertThat(answers.findAccepted(question.id()).orElseThrow().id(), is(answer.id()));

        ao.executeInTransaction(() -> {
            questions.lock(question.id());
            questions.setClosed(question.id(), CloseReason.RESOLVED, null, "key-mod", T0);
            return null;
        });
        Question closed = questions.find(question.id()).orElseThrow();
        assertThat(closed.state(), is(ListState.CLOSED));
        assertThat(closed.closeReason(), is(CloseReason.RESOLVED));
    }

    @Test
    public void onlyOneAnswerPerQuestionCanBeAccepted_enforcedByTheDatabase() {
        Question question = questions.insert(1, "key-ann", "A question title", "body", List.of(), T0);
        Answer first = answers.insert(question.id(), 1, "key-bob", "first", T0);
        Answer second = answers.insert(question.id(), 1, "key-carl", "second", T0);
        answers.setAccepted(first.id(), "key-ann", T0);

        assertThrows(RuntimeException.class, () -> answers.setAccepted(second.id(), "key-ann", T0));
    }

    @Test
    public void votes_areOnePerPersonPerPost_andChangeableAndRetractable() {
        assertThat(votes.set(PostType.QUESTION, 5, 1, "key-bob", 1, T0), is(0));
        assertThat(votes.set(PostType.QUESTION, 5, 1, "key-bob", -1, T0), is(1));
        assertThat(votes.find(PostType.QUESTION, 5, "key-bob"), is(-1));
        assertThat(votes.set(PostType.QUESTION, 5, 1, "key-carl", 1, T0), is(0));
        assertThat(votes.sum(PostType.QUESTION, 5), is(0));
        assertThat(votes.findForQuestionPage("key-bob", 5, List.of(9L)).get("question:5"), is(-1));
        assertThat(votes.set(PostType.QUESTION, 5, 1, "key-bob", 0, T0), is(-1));
        assertThat(votes.find(PostType.QUESTION, 5, "key-bob"), is(0));
        assertThat(ao.count(VoteEntity.class), is(1));
    }

    @Test
    public void revisions_andTopics_andComments_roundTrip() {
        revisions.insert(PostType.QUESTION, 3, 1, "Title", "body", List.of("a", "b"), "key-ann", T0);
        revisions.insert(PostType.QUESTION, 3, 2, "Title 2", "body 2", List.of("a"), "key-mod", T0.plusSeconds(5));
        assertThrows(RuntimeException.class, () ->
                revisions.insert(PostType.QUESTION, 3, 2, "Clash", "clash", List.of(), "key-bob", T0));
        assertThat(revisions.findByPost(PostType.QUESTION, 3).stream().map(r -> r.topics().size()).toList(),
                contains(2, 1));

        topics.register(List.of("espresso", "milk"), T0);
        topics.register(List.of("espresso", "latte-art"), T0);
        assertThat(topics.findKnown(List.of("espresso", "nope", "latte-art")).size(), is(2));
        assertThat(topics.findByPrefix("e", 10).stream().map(t -> t.name()).toList(), contains("espresso"));

        comments.insert(PostType.ANSWER, 4, 3, 1, "key-bob", "nice", T0);
        long hidden = comments.insert(PostType.QUESTION, 3, 3, 1, "key-bob", "gone", T0).id();
        comments.delete(hidden);
        assertThat(comments.findByQuestion(3).stream().map(c -> c.body()).toList(), contains("nice"));
    }

    @Test
    public void reputation_addsCountsAndWeightsCanBeChanged() {
        reputation.add("key-bob", 0, 0, 1, 0, 0);
        reputation.add("key-bob", 0, 0, 1, 1, 1);
        ReputationCounts bob = reputation.find(List.of("key-bob", "key-nobody")).get("key-bob");
        assertThat(bob, is(new ReputationCounts("key-bob", 0, 0, 2, 1, 1)));
        assertThat(ReputationWeights.DEFAULTS.points(bob), is(33));
        assertThat(reputation.weights(), is(ReputationWeights.DEFAULTS));
        reputation.saveWeights(new ReputationWeights(1, 2, 3, 4, 5));
        reputation.saveWeights(new ReputationWeights(1, 2, 3, 4, 6));
        assertThat(reputation.weights(), is(new ReputationWeights(1, 2, 3, 4, 6)));
    }

    private static List<String> titles(List<Question> list) {
        return list.stream().map(Question::title).toList();
    }
}

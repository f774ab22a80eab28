package org.guildhall.qa;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.Community;
import org.guildhall.community.Topics;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.People;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.ExternalPersonDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.qa.ao.VoteDao;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the Q&A pages and macros read: one question with everything its page shows, question lists, topics and their
 * counts, revisions. Read-only; every result is filtered for the current reader through {@link QaPermissions} and
 * {@link VisibleCommunities} (hidden things are {@link NotFound}, never forbidden).
 */
@Component
public class QuestionBrowsing {

    /** Pages never hold more than this many questions. */
    public static final int MAX_PAGE_SIZE = 50;
    /** Topics of newest questions sampled to choose which topics a topic list shows. */
    private static final int TOPIC_SAMPLE = 100;

    private final QaPermissions permissions;
    private final VisibleCommunities visibleCommunities;
    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final CommentDao commentDao;
    private final VoteDao voteDao;
    private final RevisionDao revisionDao;
    private final TopicDao topicDao;
    private final FollowDao followDao;
    private final ExternalPersonDao externalPersonDao;
    private final Reputation reputation;
    private final People people;

    public QuestionBrowsing(QaPermissions permissions, VisibleCommunities visibleCommunities, QuestionDao questionDao,
                            AnswerDao answerDao, CommentDao commentDao, VoteDao voteDao, RevisionDao revisionDao,
                            TopicDao topicDao, FollowDao followDao, ExternalPersonDao externalPersonDao,
                            Reputation reputation, People people) {
        this.permissions = permissions;
        this.visibleCommunities = visibleCommunities;
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.commentDao = commentDao;
        this.voteDao = voteDao;
        this.revisionDao = revisionDao;
        this.topicDao = topicDao;
        this.followDao = followDao;
        this.externalPersonDao = externalPersonDao;
        this.reputation = reputation;
        this.people = people;
    }

    /** Who wrote something, as pages show them. {@code profileUrl} is set for imported (external) authors only. */
    public record Author(String key, String displayName, String profileUrl, boolean external, int reputation) {
    }

    /**
     * A question with its answers (accepted first, then by score), comments, the reader's votes and access.
     *
     * @param answers     visible answers; deleted ones only for moderators
     * @param comments    by {@code question:<id>} / {@code answer:<id>}, oldest first
     * @param myVotes     the reader's votes by {@code question:<id>} / {@code answer:<id>}
     * @param authors     by {@link PostAuthor#personKey()}
     * @param duplicateOf the question this one duplicates, when the reader may see it
     * @param duplicates  visible questions closed as duplicates of this one
     */
    public record QuestionThread(Access access, List<Answer> answers, Map<String, List<Comment>> comments,
                                 Map<String, Integer> myVotes, Map<String, Author> authors, boolean following,
                                 Optional<Question> duplicateOf, List<Question> duplicates) {

        public Question question() {
            return access.question();
        }

        public Author author(PostAuthor author) {
            return authors.get(author.personKey());
        }
    }

    /**
     * Everything the question page shows. Any reader (anonymous too) who may view the community's space.
     *
     * @throws NotFound for a question that does not exist, is in a community the reader may not see, or is deleted
     *                  and the reader does not moderate its community
     */
    public QuestionThread thread(long questionId) {
        Access access = permissions.access(questionId);
        Question question = access.question();
        List<Answer> answers = answerDao.findByQuestion(questionId).stream()
                .filter(answer -> !answer.deleted() || access.moderator())
                .sorted(Comparator.comparing(Answer::accepted).reversed()
                        .thenComparing(Comparator.comparingInt(Answer::score).reversed())
                        .thenComparingLong(Answer::id))
                .toList();
        Map<String, List<Comment>> comments = new LinkedHashMap<>();
        for (Comment comment : commentDao.findByQuestion(questionId)) {
            comments.computeIfAbsent(comment.postType().id() + ":" + comment.postId(), key -> new ArrayList<>())
                    .add(comment);
        }
        Map<String, Integer> myVotes = access.userKey()
                .map(reader -> voteDao.findForQuestionPage(reader, questionId, answers.stream().map(Answer::id).toList()))
                .orElse(Map.of());
        List<PostAuthor> writers = new ArrayList<>();
        writers.add(question.author());
        answers.forEach(answer -> writers.add(answer.author()));
        comments.values().forEach(list -> list.forEach(comment -> writers.add(comment.author())));
        boolean following = access.userKey()
                .map(reader -> followDao.isFollowing(Posting.FOLLOW_QUESTION, String.valueOf(questionId), reader))
                .orElse(false);
        Optional<Question> duplicateOf = Optional.ofNullable(question.duplicateOfId())
                .flatMap(questionDao::find).filter(this::visible);
        List<Question> duplicates = questionDao.findDuplicatesOf(questionId).stream().filter(this::visible).toList();
        return new QuestionThread(access, answers, comments, myVotes, authors(writers), following, duplicateOf,
                duplicates);
    }

    /**
     * @return the revisions of the question, or of one of its answers when {@code answerId} is given, oldest first
     * @throws NotFound as {@link #thread(long)}, and for an answer of another question
     */
    public List<Revision> revisions(long questionId, Long answerId) {
        Access access = permissions.access(questionId);
        if (answerId == null) {
            return revisionDao.findByPost(PostType.QUESTION, access.question().id());
        }
        Answer answer = answerDao.find(answerId).filter(found -> found.questionId() == questionId)
                .filter(found -> !found.deleted() || access.moderator())
                .orElseThrow(() -> new NotFound("guildhall.error.answer.not-found", String.valueOf(answerId)));
        return revisionDao.findByPost(PostType.ANSWER, answer.id());
    }

    /** @return the authors of the revisions by person key, with reputation */
    public Map<String, Author> editors(List<Revision> revisions) {
        return authors(revisions.stream().map(Revision::editor).toList());
    }

    /** One page of a question list with the authors of its questions. {@code next} is empty on the last page. */
    public record QuestionPage(List<Question> questions, Map<Long, Community> communities,
                               Map<String, Author> authors, Optional<QuestionListQuery.Position> next) {

        public Author author(Question question) {
            return authors.get(question.author().personKey());
        }
    }

    /**
     * A page of questions the reader may see, in one community (by space key) or in all they may see.
     *
     * @param spaceKey a community's space key, or empty for every visible community; a community the reader may not
     *                 see gives an empty page (the same as one without questions)
     * @param limit    1–{@value #MAX_PAGE_SIZE}
     */
    public QuestionPage list(Optional<String> spaceKey, QuestionListQuery query, int limit) {
        Map<Long, Community> communities = communities(spaceKey);
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, limit));
        List<Question> found = questionDao.list(query, communities.keySet(), size + 1);
        List<Question> page = found.size() > size ? found.subList(0, size) : found;
        Optional<QuestionListQuery.Position> next = found.size() > size
                ? Optional.of(new QuestionListQuery.Position(query.sort().keyOf(page.get(size - 1)),
                page.get(size - 1).id()))
                : Optional.empty();
        return new QuestionPage(List.copyOf(page), communities,
                authors(page.stream().map(Question::author).toList()), next);
    }

    /** A topic with the number of visible questions that carry it. */
    public record TopicCount(String name, String description, int questions) {
    }

    /**
     * The topics of one community (its own topics and those of its newest questions) or of every visible community,
     * most used first, with counts of the questions the reader may see. Statements: two to sample, then a description
     * and a count per topic shown (at most {@code limit}).
     */
    public List<TopicCount> topics(Optional<String> spaceKey, int limit) {
        Map<Long, Community> communities = communities(spaceKey);
        if (communities.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> used = new HashMap<>();
        communities.values().forEach(community -> community.topics().forEach(topic -> used.merge(topic, 0, Integer::sum)));
        questionDao.list(new QuestionListQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                        QuestionListQuery.Sort.NEWEST, Optional.empty()), communities.keySet(), TOPIC_SAMPLE)
                .forEach(question -> question.topics().forEach(topic -> used.merge(topic, 1, Integer::sum)));
        List<String> chosen = used.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Math.max(1, Math.min(MAX_PAGE_SIZE, limit))).map(Map.Entry::getKey).toList();
        Map<String, String> descriptions = new HashMap<>();
        for (String name : chosen) {
            topicDao.find(name).ifPresent(topic -> descriptions.put(name, topic.description()));
        }
        List<TopicCount> counts = new ArrayList<>();
        for (String name : chosen) {
            counts.add(new TopicCount(name, descriptions.getOrDefault(name, ""),
                    questionDao.countWithTopic(name, communities.keySet())));
        }
        counts.sort(Comparator.comparingInt(TopicCount::questions).reversed().thenComparing(TopicCount::name));
        return counts;
    }

    /** A topic page: the topic, how many follow it and the visible questions that carry it. */
    public record TopicView(String name, String description, int followers, int questions, boolean following) {
    }

    /** Follow target type for topics ({@code FollowEntity}). */
    public static final String FOLLOW_TOPIC = "topic";

    /**
     * Any reader. A topic is shown when it is known or carried by a question the reader may see.
     *
     * @throws NotFound for a malformed name, or a topic that is neither known nor used in a visible community
     */
    public TopicView topic(String name, Optional<String> readerKey) {
        String normalised = Topics.parse(name)
                .orElseThrow(() -> new NotFound("guildhall.topics.error.not-found", String.valueOf(name)));
        Collection<Long> communityIds = visibleCommunities.ids();
        Optional<Topic> known = topicDao.find(normalised);
        int questions = questionDao.countWithTopic(normalised, communityIds);
        if (known.isEmpty() && questions == 0) {
            throw new NotFound("guildhall.topics.error.not-found", normalised);
        }
        return new TopicView(normalised, known.map(Topic::description).orElse(""),
                followDao.countFollowers(FOLLOW_TOPIC, normalised), questions,
                readerKey.map(reader -> followDao.isFollowing(FOLLOW_TOPIC, normalised, reader)).orElse(false));
    }

    private Map<Long, Community> communities(Optional<String> spaceKey) {
        if (spaceKey.isPresent()) {
            return visibleCommunities.bySpaceKey(spaceKey.get())
                    .map(community -> Map.of(community.id(), community)).orElse(Map.of());
        }
        return visibleCommunities.all();
    }

    private boolean visible(Question question) {
        return !question.deleted() && visibleCommunities.canSee(question.communityId());
    }

    /** Confluence users through {@link People} (host-cached); external people in one statement; reputation in two. */
    private Map<String, Author> authors(List<PostAuthor> writers) {
        Set<PostAuthor> distinct = new LinkedHashSet<>(writers);
        List<Integer> externalIds = distinct.stream().map(PostAuthor::externalId).filter(Objects::nonNull).toList();
        Map<Integer, ExternalPerson> external = externalIds.isEmpty() ? Map.of() : externalPersonDao.find(externalIds);
        List<String> keys = distinct.stream().map(PostAuthor::personKey).filter(Objects::nonNull).toList();
        Map<String, Integer> points = keys.isEmpty() ? Map.of() : reputation.points(keys);
        Map<String, Author> authors = new HashMap<>();
        for (PostAuthor writer : distinct) {
            String key = writer.personKey();
            if (key == null) {
                continue;
            }
            int score = points.getOrDefault(key, 0);
            if (writer.userKey() != null) {
                authors.put(key, new Author(key, people.find(writer.userKey()).map(People.Person::displayName)
                        .orElse(null), null, false, score));
            } else {
                ExternalPerson person = external.get(writer.externalId());
                authors.put(key, new Author(key, person == null ? null : person.displayName(),
                        person == null ? null : person.profileUrl(), true, score));
            }
        }
        return authors;
    }
}

package org.guildhall.qa;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import org.guildhall.activity.ao.FollowDao;
import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.People;
import org.guildhall.qa.Posting.AnswerAccess;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.QuestionListQuery.Position;
import org.guildhall.qa.QuestionListQuery.Sort;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.ExternalPersonDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.guildhall.qa.ao.VoteDao;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reading Q&A for one reader: a question page, a list, revisions, topics. Everything is filtered by what the reader
 * may see, and each read costs a constant number of SQL statements, whatever the number of answers or the page size
 * (authors, reputations, topics and votes are loaded in batches).
 */
@Component
public class QuestionReading {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final int TOPIC_SUGGESTIONS = 10;
    /** Known topics read per suggestion request before those hidden from the reader are dropped. */
    static final int TOPIC_CANDIDATES = 3 * TOPIC_SUGGESTIONS;
    /** Follow target type for topics ({@code FollowEntity}); the target id is the normalised name. */
    public static final String FOLLOW_TOPIC = "topic";

    private final QaPermissions permissions;
    private final Posting posting;
    private final VisibleCommunities visibleCommunities;
    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final CommentDao commentDao;
    private final VoteDao voteDao;
    private final RevisionDao revisionDao;
    private final TopicDao topicDao;
    private final ExternalPersonDao externalPersonDao;
    private final FollowDao followDao;
    private final Reputation reputation;
    private final People people;
    private final CurrentUser currentUser;

    public QuestionReading(QaPermissions permissions, Posting posting, VisibleCommunities visibleCommunities,
                           QuestionDao questionDao, AnswerDao answerDao, CommentDao commentDao, VoteDao voteDao,
                           RevisionDao revisionDao, TopicDao topicDao, ExternalPersonDao externalPersonDao,
                           FollowDao followDao, Reputation reputation, People people, CurrentUser currentUser) {
        this.permissions = permissions;
        this.posting = posting;
        this.visibleCommunities = visibleCommunities;
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.commentDao = commentDao;
        this.voteDao = voteDao;
        this.revisionDao = revisionDao;
        this.topicDao = topicDao;
        this.externalPersonDao = externalPersonDao;
        this.followDao = followDao;
        this.reputation = reputation;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** An author as shown: display name, and either a user key or an external person's profile link. */
    public record AuthorView(String userKey, String displayName, boolean external, String profileUrl, int reputation) {
    }

    /** Everything a question page shows, for one reader. Answers are in display order (accepted, score, oldest). */
    public record QuestionPage(Access access, List<Answer> answers, List<Comment> comments,
                               Map<String, Integer> myVotes, Map<String, AuthorView> authors,
                               Optional<Question> duplicateOf, List<Question> duplicates, boolean following) {

        public AuthorView author(PostAuthor author) {
            return authors.get(authorKey(author));
        }
    }

    /**
     * @return the question as the reader sees it: deleted answers only for moderators
     * @throws org.guildhall.platform.GuildhallException.NotFound when it is hidden from the reader
     */
    public QuestionPage page(long questionId) {
        // the question and the questions closed as its duplicates in one read, before the permission check
        QuestionDao.WithDuplicates read = questionDao.findWithDuplicates(questionId)
                .orElseThrow(() -> QaPermissions.notFound(questionId));
        Access access = permissions.access(read.question());
        Question question = access.question();
        List<Answer> answers = answerDao.findByQuestion(questionId).stream()
                .filter(answer -> !answer.deleted() || access.moderator())
                .sorted(Comparator.comparing((Answer answer) -> !answer.accepted())
                        .thenComparing(Comparator.comparingInt(Answer::score).reversed())
                        .thenComparing(Answer::createdAt).thenComparingLong(Answer::id))
                .toList();
        Set<Long> answerIds = new HashSet<>(answers.stream().map(Answer::id).toList());
        List<Comment> comments = commentDao.findByQuestion(questionId).stream()
                .filter(comment -> comment.postType() == PostType.QUESTION || answerIds.contains(comment.postId()))
                .toList();
        Map<String, Integer> myVotes = access.userKey()
                .map(key -> voteDao.findForQuestionPage(key, questionId, answerIds)).orElse(Map.of());
        // The original of a duplicate and the duplicates: only those the reader may see, one lookup each way. The
        // question's own community is visible (access says so); other communities are checked only when linked.
        Optional<Question> original = Optional.ofNullable(question.duplicateOfId()).flatMap(questionDao::find)
                .filter(found -> !found.deleted());
        List<Question> linkedDuplicates = read.duplicates();
        Set<Long> otherCommunities = new HashSet<>();
        original.ifPresent(found -> otherCommunities.add(found.communityId()));
        linkedDuplicates.forEach(duplicate -> otherCommunities.add(duplicate.communityId()));
        otherCommunities.remove(question.communityId());
        Set<Long> visibleIds = new HashSet<>(visibleCommunities.among(otherCommunities).keySet());
        visibleIds.add(question.communityId());
        Optional<Question> duplicateOf = original.filter(found -> visibleIds.contains(found.communityId()));
        List<Question> duplicates = linkedDuplicates.stream()
                .filter(duplicate -> visibleIds.contains(duplicate.communityId())).toList();
        List<PostAuthor> authors = new ArrayList<>();
        authors.add(question.author());
        answers.forEach(answer -> authors.add(answer.author()));
        comments.forEach(comment -> authors.add(comment.author()));
        boolean following = access.userKey().map(key -> followDao.isFollowing(Posting.FOLLOW_QUESTION,
                String.valueOf(questionId), key)).orElse(false);
        return new QuestionPage(access, answers, comments, myVotes, authors(authors), duplicateOf, duplicates,
                following);
    }

    /** A page of a question list, and the cursor of the next page (empty on the last). */
    public record ListPage(List<Question> questions, Map<Long, Community> communities,
                           Map<String, AuthorView> authors, Optional<String> nextCursor) {

        public AuthorView author(PostAuthor author) {
            return authors.get(authorKey(author));
        }
    }

    /**
     * Lists questions the reader may see. Any reader.
     *
     * @param spaceKey only this community's questions, or null for every community the reader may see
     * @param topic    only questions carrying this topic, or null
     * @param author   only this user's questions (user key), or null
     * @param state    {@code unanswered}, {@code answered}, {@code accepted}, {@code closed}, or null for all
     * @param sort     {@code newest} (default), {@code activity} or {@code score}
     * @param cursor   the previous page's {@code nextCursor} with the same filters, or null
     * @throws InvalidInput naming {@code topic}, {@code state}, {@code sort}, {@code cursor} or {@code limit}; a
     *                      community the reader may not see is an empty list, never an error that reveals it
     */
    public ListPage list(String spaceKey, String topic, String author, String state, String sort, String cursor,
                         int limit) {
        Map<String, String> errors = PostInput.errors();
        Optional<String> parsedTopic = Optional.empty();
        if (topic != null && !topic.isBlank()) {
            parsedTopic = org.guildhall.community.Topics.parse(topic);
            if (parsedTopic.isEmpty()) {
                errors.put("topic", "guildhall.error.topic.invalid");
            }
        }
        Optional<ListState> parsedState = Optional.empty();
        if (state != null && !state.isBlank()) {
            parsedState = ListState.parse(state);
            if (parsedState.isEmpty()) {
                errors.put("state", "guildhall.error.question-state.unknown");
            }
        }
        Sort parsedSort = sort == null || sort.isBlank() ? Sort.NEWEST : Sort.parse(sort).orElse(null);
        if (parsedSort == null) {
            errors.put("sort", "guildhall.error.question-sort.unknown");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.put("limit", "guildhall.error.limit.range");
        }
        PostInput.throwIfAny(errors);
        Optional<String> authorKey = Optional.ofNullable(author).filter(value -> !value.isBlank());
        QuestionListQuery query = new QuestionListQuery(parsedTopic, authorKey, parsedState, parsedSort,
                Optional.empty());
        String filters = filterSignature(spaceKey, query);
        if (cursor != null && !cursor.isEmpty()) {
            query = query.after(decodeCursor(cursor, filters));
        }
        Map<Long, Community> communities = new HashMap<>();
        if (spaceKey != null && !spaceKey.isBlank()) {
            visibleCommunities.bySpaceKey(spaceKey).ifPresent(community -> communities.put(community.id(), community));
        } else {
            communities.putAll(visibleCommunities.all());
        }
        List<Question> found = questionDao.list(query, communities.keySet(), limit + 1);
        List<Question> page = found.size() > limit ? found.subList(0, limit) : found;
        Optional<String> next = Optional.empty();
        if (found.size() > limit) {
            Question last = page.get(page.size() - 1);
            next = Optional.of(encodeCursor(filters, new Position(parsedSort.keyOf(last), last.id())));
        }
        return new ListPage(page, communities, authors(page.stream().map(Question::author).toList()), next);
    }

    /** One revision with the line diff from the previous one ({@code -}/{@code +} lines, unified format). */
    public record RevisionView(Revision revision, AuthorView editor, List<String> diff) {
    }

    /** @return the question's revisions, oldest first; 404 when the question is hidden from the reader */
    public List<RevisionView> questionRevisions(long questionId) {
        permissions.access(questionId);
        return revisionViews(revisionDao.findByPost(PostType.QUESTION, questionId));
    }

    /** @return the answer's revisions, oldest first; 404 when the answer is hidden from the reader */
    public List<RevisionView> answerRevisions(long answerId) {
        AnswerAccess found = posting.answerAccess(answerId);
        return revisionViews(revisionDao.findByPost(PostType.ANSWER, found.answer().id()));
    }

    /** @return the answer and the reader's access; 404 when hidden */
    public AnswerAccess answer(long answerId) {
        return posting.answerAccess(answerId);
    }

    private List<RevisionView> revisionViews(List<Revision> revisions) {
        Map<String, AuthorView> editors = authors(revisions.stream().map(Revision::editor).toList());
        List<RevisionView> views = new ArrayList<>();
        List<String> previous = List.of();
        for (Revision revision : revisions) {
            List<String> lines = revisionLines(revision);
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("r" + (revision.number() - 1),
                    "r" + revision.number(), previous, DiffUtils.diff(previous, lines), 2);
            views.add(new RevisionView(revision, editors.get(authorKey(revision.editor())), diff));
            previous = lines;
        }
        return views;
    }

    /** A question's title and topics take part in the diff as the first lines. */
    private static List<String> revisionLines(Revision revision) {
        List<String> lines = new ArrayList<>();
        if (revision.title() != null) {
            lines.add("# " + revision.title());
            lines.add("[" + String.join(", ", revision.topics()) + "]");
        }
        lines.addAll(List.of(revision.body().split("\\R", -1)));
        return lines;
    }

    /**
     * A topic's page: its description, the questions the reader may see with it, its followers and whether the reader
     * is one of them.
     */
    public record TopicPage(String name, String description, boolean known, int questionCount, int followerCount,
                            boolean following) {
    }

    /**
     * @return the topic's page for the reader; counts only questions of communities the reader may see
     * @throws org.guildhall.platform.GuildhallException.NotFound for a topic the reader cannot see: carried by no
     *                                                             question they may see and not a topic of a
     *                                                             community they may see (so that the topics of a
     *                                                             private community are as hidden as its questions)
     */
    public TopicPage topic(String name) {
        String normalised = org.guildhall.community.Topics.parse(name).orElseThrow(() -> topicNotFound(name));
        Map<Long, Community> visible = visibleCommunities.all();
        int count = questionDao.countWithTopic(normalised, visible.keySet());
        if (count == 0 && visible.values().stream().noneMatch(community -> community.topics().contains(normalised))) {
            throw topicNotFound(normalised);
        }
        Optional<Topic> known = topicDao.find(normalised);
        boolean following = currentUser.userKey()
                .map(key -> followDao.isFollowing(FOLLOW_TOPIC, normalised, key)).orElse(false);
        return new TopicPage(normalised, known.map(Topic::description).orElse(""), known.isPresent(), count,
                followDao.countFollowers(FOLLOW_TOPIC, normalised), following);
    }

    /**
     * @return up to 10 known topics starting with the query (normalised), by name, that the reader can see (as
     *         {@link #topic}); any reader. Costs at most {@value #TOPIC_CANDIDATES} counts beyond two queries.
     */
    public List<Topic> suggestTopics(String query) {
        String prefix = query == null ? "" : org.guildhall.community.Topics.normalise(query);
        if (prefix.length() > org.guildhall.community.Topics.MAX_LENGTH) {
            throw new InvalidInput(Map.of("query", "guildhall.error.topic.invalid"));
        }
        Map<Long, Community> visible = visibleCommunities.all();
        Set<String> ofVisibleCommunities = new HashSet<>();
        visible.values().forEach(community -> ofVisibleCommunities.addAll(community.topics()));
        List<Topic> suggestions = new ArrayList<>();
        for (Topic candidate : topicDao.findByPrefix(prefix, TOPIC_CANDIDATES)) {
            if (ofVisibleCommunities.contains(candidate.name())
                    || questionDao.countWithTopic(candidate.name(), visible.keySet()) > 0) {
                suggestions.add(candidate);
                if (suggestions.size() == TOPIC_SUGGESTIONS) {
                    break;
                }
            }
        }
        return suggestions;
    }

    static org.guildhall.platform.GuildhallException.NotFound topicNotFound(String name) {
        return new org.guildhall.platform.GuildhallException.NotFound("guildhall.error.topic.not-found",
                String.valueOf(name));
    }

    /**
     * Authors with reputation: one bulk lookup for the Confluence people ({@link People#findAll}), one statement for
     * external people, two for points — whatever the number of authors.
     */
    private Map<String, AuthorView> authors(Collection<PostAuthor> authors) {
        Set<PostAuthor> distinct = new LinkedHashSet<>(authors);
        Map<String, People.Person> confluencePeople = people.findAll(distinct.stream()
                .map(PostAuthor::userKey).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<Integer, ExternalPerson> externals = externalPersonDao.find(distinct.stream()
                .map(PostAuthor::externalId).filter(Objects::nonNull).toList());
        Map<String, Integer> points = reputation.points(distinct.stream().map(PostAuthor::personKey)
                .filter(Objects::nonNull).toList());
        Map<String, AuthorView> views = new HashMap<>();
        for (PostAuthor author : distinct) {
            int reputationPoints = points.getOrDefault(author.personKey(), 0);
            if (author.userKey() != null) {
                People.Person person = confluencePeople.get(author.userKey());
                String name = person == null ? author.userKey() : person.displayName();
                views.put(authorKey(author), new AuthorView(author.userKey(), name, false, null, reputationPoints));
            } else if (author.externalId() != null) {
                ExternalPerson person = externals.get(author.externalId());
                views.put(authorKey(author), new AuthorView(null, person == null ? "?" : person.displayName(), true,
                        person == null ? null : person.profileUrl(), reputationPoints));
            } else {
                views.put(authorKey(author), new AuthorView(null, "", false, null, 0));
            }
        }
        return views;
    }

    static String authorKey(PostAuthor author) {
        return author.userKey() != null ? "u:" + author.userKey() : "x:" + author.externalId();
    }

    private static String filterSignature(String spaceKey, QuestionListQuery query) {
        return String.join("|", String.valueOf(spaceKey), query.topic().orElse(""), query.authorKey().orElse(""),
                query.state().map(ListState::id).orElse(""), query.sort().id());
    }

    /** Opaque: the filters it belongs to (hashed), the sort key and id of the page's last question. */
    static String encodeCursor(String filters, Position position) {
        String raw = "q1:" + Integer.toHexString(filters.hashCode()) + ":" + position.key() + ":" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Position decodeCursor(String cursor, String filters) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
        }
        String[] parts = raw.split(":");
        if (parts.length != 4 || !parts[0].equals("q1")) {
            throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
        }
        if (!parts[1].equals(Integer.toHexString(filters.hashCode()))) {
            throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.other-search"));
        }
        try {
            return new Position(Long.parseLong(parts[2]), Long.parseLong(parts[3]));
        } catch (NumberFormatException notNumbers) {
            throw new InvalidInput(Map.of("cursor", "guildhall.error.cursor.invalid"));
        }
    }
}

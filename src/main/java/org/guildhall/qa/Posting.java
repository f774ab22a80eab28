package org.guildhall.qa;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.analytics.ao.FirstPostDao;
import org.guildhall.community.Community;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.CommentPostedEvent;
import org.guildhall.qa.QaEvents.PostDeletedEvent;
import org.guildhall.qa.QaEvents.PostEditedEvent;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.RevisionDao;
import org.guildhall.qa.ao.TopicDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.guildhall.qa.QaPermissions.require;

/**
 * Writing questions, answers and comments: asking, answering, commenting, editing (every edit a new revision),
 * deleting (soft) and restoring. Each use case authorises, validates, then runs one transaction, and publishes its
 * event after commit. Every write that keeps the author's first post in the community ({@code FIRST_POST}, unique per
 * community and person) runs once more when the same person's concurrent post, on this node or another, won that row.
 */
@Component
public class Posting {

    /** Follow target type for questions ({@code FollowEntity}). */
    public static final String FOLLOW_QUESTION = "question";

    private final QaPermissions permissions;
    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final CommentDao commentDao;
    private final RevisionDao revisionDao;
    private final TopicDao topicDao;
    private final FollowDao followDao;
    private final FirstPostDao firstPosts;
    private final MembershipDao memberships;
    private final Transactions transactions;
    private final AppEvents events;
    private final Clock clock;

    public Posting(QaPermissions permissions, QuestionDao questionDao, AnswerDao answerDao, CommentDao commentDao,
                   RevisionDao revisionDao, TopicDao topicDao, FollowDao followDao, FirstPostDao firstPosts,
                   MembershipDao memberships, Transactions transactions, AppEvents events, Clock clock) {
        this.permissions = permissions;
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.commentDao = commentDao;
        this.revisionDao = revisionDao;
        this.topicDao = topicDao;
        this.followDao = followDao;
        this.firstPosts = firstPosts;
        this.memberships = memberships;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks a question in the community of that space; the asker follows it. Anyone logged in who may view the space
     * and is not banned from the community.
     *
     * @throws org.guildhall.platform.GuildhallException.NotFound     for a community the caller may not see
     * @throws org.guildhall.platform.GuildhallException.AccessDenied when anonymous (401) or banned (403)
     * @throws org.guildhall.platform.GuildhallException.InvalidInput naming {@code title}, {@code body} or
     *                                                                {@code topics}; nothing is stored
     */
    public Question ask(String spaceKey, String title, String body, List<String> topics) {
        MemberStanding standing = permissions.standingIn(spaceKey);
        String asker = standing.userKey().orElseThrow(() ->
                new org.guildhall.platform.GuildhallException.AccessDenied("guildhall.error.login-required"));
        require(standing.state() != MembershipState.BANNED, "guildhall.error.qa.banned");
        Community community = standing.community();
        Map<String, String> errors = PostInput.errors();
        PostInput.titleError(title).ifPresent(error -> errors.put("title", error));
        PostInput.bodyError(body).ifPresent(error -> errors.put("body", error));
        List<String> normalised = PostInput.normaliseTopics(topics, errors);
        if (!errors.containsKey("topics")) {
            requireKnownTopics(community, normalised, errors);
        }
        PostInput.throwIfAny(errors);
        Instant now = clock.now();
        Question asked = transactions.inTransactionRetryingOnConflict(() -> {
            topicDao.register(normalised.stream().filter(community.topics()::contains).toList(), now);
            Question question = questionDao.insert(community.id(), asker, title.trim(), body, normalised, now);
            firstPosts.posted(community.id(), asker, now);
            revisionDao.insert(PostType.QUESTION, question.id(), 1, question.title(), body, normalised, asker, now);
            followDao.follow(FOLLOW_QUESTION, String.valueOf(question.id()), asker, now);
            return question;
        });
        events.publish(new QuestionAskedEvent(asked.id(), community.spaceKey(), asker, now));
        return asked;
    }

    /** Topics must be known (a topic row) or one of the community's own. */
    private void requireKnownTopics(Community community, List<String> topics, Map<String, String> errors) {
        Set<String> known = topicDao.findKnown(topics);
        if (!topics.stream().allMatch(topic -> known.contains(topic) || community.topics().contains(topic))) {
            errors.put("topics", "guildhall.error.question-topics.unknown");
        }
    }

    /**
     * Edits a question: a new revision with the new title, body and topics. Its author or a moderator.
     *
     * @param seenRevision the revision the editor started from
     * @throws Conflict when someone saved another revision since (409); nothing is stored
     */
    public Question editQuestion(long questionId, int seenRevision, String title, String body, List<String> topics) {
        Access access = permissions.access(questionId);
        Question question = access.question();
        require(access.canEdit(question.author(), question.deleted()), "guildhall.error.qa.not-allowed");
        Map<String, String> errors = PostInput.errors();
        PostInput.titleError(title).ifPresent(error -> errors.put("title", error));
        PostInput.bodyError(body).ifPresent(error -> errors.put("body", error));
        List<String> normalised = PostInput.normaliseTopics(topics, errors);
        if (!errors.containsKey("topics")) {
            requireKnownTopics(access.community(), normalised, errors);
        }
        PostInput.throwIfAny(errors);
        String editor = access.userKey().orElseThrow();
        Instant now = clock.now();
        int revision = transactions.inTransactionRetryingOnConflict(() -> {
            Question locked = questionDao.lock(questionId).orElseThrow(() -> QaPermissions.notFound(questionId));
            if (locked.revision() != seenRevision) {
                throw new Conflict("guildhall.error.revision.stale", String.valueOf(locked.revision()));
            }
            int next = locked.revision() + 1;
            topicDao.register(normalised.stream().filter(access.community().topics()::contains).toList(), now);
            revisionDao.insert(PostType.QUESTION, questionId, next, title.trim(), body, normalised, editor, now);
            questionDao.edit(questionId, title.trim(), body, normalised, next, now);
            return next;
        });
        events.publish(new PostEditedEvent(PostType.QUESTION.id(), questionId, questionId,
                access.community().spaceKey(), editor, revision, now));
        return questionDao.find(questionId).orElseThrow();
    }

    /** Soft-deletes a question. Its author or a moderator; 404 when already deleted for non-moderators. */
    public void deleteQuestion(long questionId) {
        Access access = permissions.access(questionId);
        require(access.canDelete(access.question().author(), access.question().deleted()),
                "guildhall.error.qa.not-allowed");
        setQuestionDeleted(access, true);
    }

    /** Restores a deleted question. Moderators only. */
    public void restoreQuestion(long questionId) {
        Access access = permissions.access(questionId);
        require(access.canRestore(access.question().deleted()), "guildhall.error.qa.not-moderator");
        setQuestionDeleted(access, false);
    }

    private void setQuestionDeleted(Access access, boolean deleted) {
        String actor = access.userKey().orElseThrow();
        Instant now = clock.now();
        long id = access.question().id();
        transactions.inTransactionRetryingOnConflict(() -> {
            questionDao.setDeleted(id, deleted, actor, now);
            firstPosts.recount(access.community().id(), access.question().author().personKey());
            return null;
        });
        events.publish(new PostDeletedEvent(PostType.QUESTION.id(), id, id, access.community().spaceKey(), actor,
                deleted, now));
    }

    /**
     * Answers a question; the answerer follows it. Logged-in readers who are not banned, while the question is open.
     *
     * @throws org.guildhall.platform.GuildhallException.InvalidInput naming {@code body}
     */
    public Answer answer(long questionId, String body) {
        Access access = permissions.access(questionId);
        require(access.canAnswer(), access.question().closed() ? "guildhall.error.qa.closed"
                : "guildhall.error.qa.not-allowed");
        Map<String, String> errors = PostInput.errors();
        PostInput.bodyError(body).ifPresent(error -> errors.put("body", error));
        PostInput.throwIfAny(errors);
        String author = access.userKey().orElseThrow();
        Instant now = clock.now();
        Answer answer = transactions.inTransactionRetryingOnConflict(() -> {
            questionDao.lock(questionId);
            // whether the answer crosses communities, as the memberships are now (community health counts it)
            boolean outsider = memberships.isOutsider(access.question().author().userKey(), author);
            Answer posted = answerDao.insert(questionId, access.community().id(), author, body, now, outsider);
            firstPosts.posted(access.community().id(), author, now);
            revisionDao.insert(PostType.ANSWER, posted.id(), 1, null, body, List.of(), author, now);
            questionDao.addToAnswerCount(questionId, 1, now);
            followDao.follow(FOLLOW_QUESTION, String.valueOf(questionId), author, now);
            return posted;
        });
        events.publish(new AnswerPostedEvent(answer.id(), questionId, access.community().spaceKey(), author, now));
        return answer;
    }

    /** @return the answer and the reader's access to its question; 404 when either is hidden from the reader */
    public AnswerAccess answerAccess(long answerId) {
        Answer answer = answerDao.find(answerId).orElseThrow(() -> answerNotFound(answerId));
        Access access;
        try {
            access = permissions.access(answer.questionId());
        } catch (NotFound hidden) {
            throw answerNotFound(answerId);
        }
        if (answer.deleted() && !access.moderator()) {
            throw answerNotFound(answerId);
        }
        return new AnswerAccess(answer, access);
    }

    /** An answer with the reader's access to its question. */
    public record AnswerAccess(Answer answer, Access access) {
    }

    /** Edits an answer (new revision). Its author or a moderator; 409 when {@code seenRevision} is stale. */
    public Answer editAnswer(long answerId, int seenRevision, String body) {
        AnswerAccess found = answerAccess(answerId);
        require(found.access().canEdit(found.answer().author(), found.answer().deleted()),
                "guildhall.error.qa.not-allowed");
        Map<String, String> errors = PostInput.errors();
        PostInput.bodyError(body).ifPresent(error -> errors.put("body", error));
        PostInput.throwIfAny(errors);
        String editor = found.access().userKey().orElseThrow();
        Instant now = clock.now();
        int revision = transactions.inTransactionRetryingOnConflict(() -> {
            Answer locked = answerDao.lock(answerId).orElseThrow(() -> answerNotFound(answerId));
            if (locked.revision() != seenRevision) {
                throw new Conflict("guildhall.error.revision.stale", String.valueOf(locked.revision()));
            }
            int next = locked.revision() + 1;
            revisionDao.insert(PostType.ANSWER, answerId, next, null, body, List.of(), editor, now);
            answerDao.edit(answerId, body, next, now);
            return next;
        });
        events.publish(new PostEditedEvent(PostType.ANSWER.id(), answerId, found.answer().questionId(),
                found.access().community().spaceKey(), editor, revision, now));
        return answerDao.find(answerId).orElseThrow();
    }

    /** Soft-deletes an answer (withdrawing its acceptance). Its author or a moderator. */
    public void deleteAnswer(long answerId) {
        AnswerAccess found = answerAccess(answerId);
        require(found.access().canDelete(found.answer().author(), found.answer().deleted()),
                "guildhall.error.qa.not-allowed");
        setAnswerDeleted(found, true);
    }

    /** Restores a deleted answer. Moderators only. */
    public void restoreAnswer(long answerId) {
        AnswerAccess found = answerAccess(answerId);
        require(found.access().canRestore(found.answer().deleted()), "guildhall.error.qa.not-moderator");
        setAnswerDeleted(found, false);
    }

    private void setAnswerDeleted(AnswerAccess found, boolean deleted) {
        String actor = found.access().userKey().orElseThrow();
        Instant now = clock.now();
        long questionId = found.answer().questionId();
        long answerId = found.answer().id();
        transactions.inTransactionRetryingOnConflict(() -> {
            Question question = questionDao.lock(questionId).orElseThrow();
            Answer answer = answerDao.find(answerId).orElseThrow();
            if (answer.deleted() == deleted) {
                return null;
            }
            answerDao.setDeleted(answerId, deleted, actor, now);
            firstPosts.recount(answer.communityId(), answer.author().personKey());
            questionDao.addToAnswerCount(questionId, deleted ? -1 : 1, null);
            if (deleted && answer.accepted()) {
                questionDao.setAcceptedAnswer(questionId, null, now);
            }
            return question;
        });
        events.publish(new PostDeletedEvent(PostType.ANSWER.id(), answerId, questionId,
                found.access().community().spaceKey(), actor, deleted, now));
    }

    /** Comments on a question. Logged-in readers who are not banned; 1–600 characters. */
    public Comment commentOnQuestion(long questionId, String body) {
        Access access = permissions.access(questionId);
        require(access.canComment(access.question().deleted()), "guildhall.error.qa.not-allowed");
        return comment(access, PostType.QUESTION, questionId, body);
    }

    /** Comments on an answer. Logged-in readers who are not banned; 1–600 characters. */
    public Comment commentOnAnswer(long answerId, String body) {
        AnswerAccess found = answerAccess(answerId);
        require(found.access().canComment(found.answer().deleted()), "guildhall.error.qa.not-allowed");
        return comment(found.access(), PostType.ANSWER, answerId, body);
    }

    private Comment comment(Access access, PostType postType, long postId, String body) {
        Map<String, String> errors = PostInput.errors();
        PostInput.commentError(body).ifPresent(error -> errors.put("body", error));
        PostInput.throwIfAny(errors);
        String author = access.userKey().orElseThrow();
        Instant now = clock.now();
        long questionId = access.question().id();
        Comment comment = transactions.inTransactionRetryingOnConflict(() -> {
            Comment posted = commentDao.insert(postType, postId, questionId, access.community().id(), author,
                    body.trim(), now);
            firstPosts.posted(access.community().id(), author, now);
            questionDao.touch(questionId, now);
            return posted;
        });
        events.publish(new CommentPostedEvent(comment.id(), postType.id(), postId, questionId,
                access.community().spaceKey(), author, now));
        return comment;
    }

    /** Deletes a comment. Its author or a moderator; 404 for comments the reader cannot see. */
    public void deleteComment(long commentId) {
        Comment comment = commentDao.find(commentId).filter(found -> !found.deleted())
                .orElseThrow(() -> new NotFound("guildhall.error.comment.not-found", String.valueOf(commentId)));
        Access access;
        try {
            access = permissions.access(comment.questionId());
        } catch (NotFound hidden) {
            throw new NotFound("guildhall.error.comment.not-found", String.valueOf(commentId));
        }
        require(access.canDeleteComment(comment), "guildhall.error.qa.not-allowed");
        transactions.inTransactionRetryingOnConflict(() -> {
            commentDao.delete(commentId);
            firstPosts.recount(comment.communityId(), comment.author().personKey());
            return null;
        });
        events.publish(new PostDeletedEvent("comment", commentId, comment.questionId(),
                access.community().spaceKey(), access.userKey().orElseThrow(), true, clock.now()));
    }

    static NotFound answerNotFound(long answerId) {
        return new NotFound("guildhall.error.answer.not-found", String.valueOf(answerId));
    }
}

package org.guildhall.qa;

import org.guildhall.activity.ao.FollowDao;
import org.guildhall.platform.AppEvents;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException.Conflict;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Transactions;
import org.guildhall.qa.Posting.AnswerAccess;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.QuestionClosedEvent;
import org.guildhall.qa.QaEvents.VoteCastEvent;
import org.guildhall.qa.QaPermissions.Access;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.QuestionDao;
import org.guildhall.qa.ao.ReputationDao;
import org.guildhall.qa.ao.VoteDao;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.qa.QaPermissions.require;

/**
 * Votes, acceptance, closing and following. Scores, answer acceptance and reputation counts change under the row lock
 * of the post (and of the person's reputation), in one transaction with the vote row, so concurrent votes never lose
 * an update and a question never has two accepted answers.
 */
@Component
public class Voting {

    private final QaPermissions permissions;
    private final Posting posting;
    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final VoteDao voteDao;
    private final ReputationDao reputationDao;
    private final FollowDao followDao;
    private final Transactions transactions;
    private final AppEvents events;
    private final Clock clock;

    public Voting(QaPermissions permissions, Posting posting, QuestionDao questionDao, AnswerDao answerDao,
                  VoteDao voteDao, ReputationDao reputationDao, FollowDao followDao, Transactions transactions,
                  AppEvents events, Clock clock) {
        this.permissions = permissions;
        this.posting = posting;
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.voteDao = voteDao;
        this.reputationDao = reputationDao;
        this.followDao = followDao;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The score after a vote and the caller's vote. */
    public record VoteResult(int score, int myVote) {
    }

    /**
     * Votes on a question: +1, -1, or 0 to retract. Logged-in readers who are not banned, not on their own question,
     * not on a deleted one.
     *
     * @throws InvalidInput naming {@code value} for anything but 1, -1, 0
     */
    public VoteResult voteOnQuestion(long questionId, Integer value) {
        int checked = checkValue(value);
        Access access = permissions.access(questionId);
        Question question = access.question();
        require(!access.userKey().map(question.author()::isUser).orElse(false), "guildhall.error.vote.own-post");
        require(!question.deleted(), "guildhall.error.vote.deleted");
        require(access.canVote(question.author(), question.deleted()), "guildhall.error.qa.not-allowed");
        String voter = access.userKey().orElseThrow();
        Instant now = clock.now();
        VoteResult result = transactions.inTransactionRetryingOnConflict(() -> {
            Question locked = questionDao.lock(questionId).orElseThrow(() -> QaPermissions.notFound(questionId));
            if (locked.deleted()) {
                throw new Conflict("guildhall.error.vote.deleted");
            }
            int previous = voteDao.set(PostType.QUESTION, questionId, locked.communityId(), voter, checked, now);
            int delta = checked - previous;
            if (delta != 0) {
                questionDao.addToScore(questionId, delta);
                reputationDao.add(locked.author().personKey(), upDelta(previous, checked), downDelta(previous, checked),
                        0, 0, 0);
            }
            return new VoteResult(locked.score() + delta, checked);
        });
        events.publish(new VoteCastEvent(PostType.QUESTION.id(), questionId, questionId,
                access.community().spaceKey(), voter, checked, now));
        return result;
    }

    /** Votes on an answer; the same rules as {@link #voteOnQuestion}. */
    public VoteResult voteOnAnswer(long answerId, Integer value) {
        int checked = checkValue(value);
        AnswerAccess found = posting.answerAccess(answerId);
        Answer answer = found.answer();
        require(!found.access().userKey().map(answer.author()::isUser).orElse(false), "guildhall.error.vote.own-post");
        require(!answer.deleted() && !found.access().question().deleted(), "guildhall.error.vote.deleted");
        require(found.access().canVote(answer.author(), answer.deleted()), "guildhall.error.qa.not-allowed");
        String voter = found.access().userKey().orElseThrow();
        Instant now = clock.now();
        VoteResult result = transactions.inTransactionRetryingOnConflict(() -> {
            Answer locked = answerDao.lock(answerId).orElseThrow(() -> Posting.answerNotFound(answerId));
            if (locked.deleted()) {
                throw new Conflict("guildhall.error.vote.deleted");
            }
            int previous = voteDao.set(PostType.ANSWER, answerId, locked.communityId(), voter, checked, now);
            int delta = checked - previous;
            if (delta != 0) {
                answerDao.addToScore(answerId, delta);
                reputationDao.add(locked.author().personKey(), 0, 0, upDelta(previous, checked),
                        downDelta(previous, checked), 0);
            }
            return new VoteResult(locked.score() + delta, checked);
        });
        events.publish(new VoteCastEvent(PostType.ANSWER.id(), answerId, answer.questionId(),
                found.access().community().spaceKey(), voter, checked, now));
        return result;
    }

    private static int upDelta(int previous, int value) {
        return (value == 1 ? 1 : 0) - (previous == 1 ? 1 : 0);
    }

    private static int downDelta(int previous, int value) {
        return (value == -1 ? 1 : 0) - (previous == -1 ? 1 : 0);
    }

    private static int checkValue(Integer value) {
        if (value == null || (value != 1 && value != -1 && value != 0)) {
            throw new InvalidInput(Map.of("value", "guildhall.error.vote.value"));
        }
        return value;
    }

    /**
     * Accepts the answer, withdrawing acceptance from any other answer of its question in the same transaction. The
     * asker or a moderator; the answer and question must not be deleted.
     */
    public void accept(long answerId) {
        AnswerAccess found = posting.answerAccess(answerId);
        require(found.access().canAccept(), "guildhall.error.accept.not-allowed");
        require(!found.answer().deleted(), "guildhall.error.qa.not-allowed");
        setAccepted(found, true);
    }

    /** Withdraws the answer's acceptance. The asker or a moderator; nothing happens when it is not accepted. */
    public void unaccept(long answerId) {
        AnswerAccess found = posting.answerAccess(answerId);
        require(found.access().canAccept(), "guildhall.error.accept.not-allowed");
        setAccepted(found, false);
    }

    private void setAccepted(AnswerAccess found, boolean accept) {
        String actor = found.access().userKey().orElseThrow();
        long questionId = found.answer().questionId();
        long answerId = found.answer().id();
        Instant now = clock.now();
        boolean changed = transactions.inTransactionRetryingOnConflict(() -> {
            questionDao.lock(questionId).orElseThrow(() -> QaPermissions.notFound(questionId));
            Answer answer = answerDao.find(answerId).orElseThrow(() -> Posting.answerNotFound(answerId));
            if (answer.deleted()) {
                throw new Conflict("guildhall.error.qa.deleted");
            }
            Optional<Answer> current = answerDao.findAccepted(questionId);
            if (accept == answer.accepted()) {
                return false;
            }
            if (accept) {
                current.ifPresent(previous -> {
                    answerDao.setAccepted(previous.id(), null, now);
                    reputationDao.add(previous.author().personKey(), 0, 0, 0, 0, -1);
                });
                answerDao.setAccepted(answerId, actor, now);
                reputationDao.add(answer.author().personKey(), 0, 0, 0, 0, 1);
                questionDao.setAcceptedAnswer(questionId, answerId, now);
            } else {
                answerDao.setAccepted(answerId, null, now);
                reputationDao.add(answer.author().personKey(), 0, 0, 0, 0, -1);
                questionDao.setAcceptedAnswer(questionId, null, now);
            }
            return true;
        });
        if (changed) {
            events.publish(new AnswerAcceptedEvent(answerId, questionId, found.access().community().spaceKey(), actor,
                    accept, now));
        }
    }

    /**
     * Closes a question. Moderators only.
     *
     * @param reason      {@code duplicate}, {@code off-topic} or {@code resolved}
     * @param duplicateOf for duplicates: another question of a community the moderator may see, not deleted
     * @throws InvalidInput naming {@code reason} or {@code duplicateOf}
     */
    public void close(long questionId, String reason, Long duplicateOf) {
        Access access = permissions.access(questionId);
        require(access.moderator(), "guildhall.error.qa.not-moderator");
        Optional<CloseReason> parsed = CloseReason.parse(reason);
        if (parsed.isEmpty()) {
            throw new InvalidInput(Map.of("reason", "guildhall.error.close.reason"));
        }
        Long duplicateOfId = null;
        if (parsed.get() == CloseReason.DUPLICATE) {
            if (duplicateOf == null || duplicateOf == questionId) {
                throw new InvalidInput(Map.of("duplicateOf", "guildhall.error.close.duplicate-of"));
            }
            try {
                Access original = permissions.access(duplicateOf);
                if (original.question().deleted()) {
                    throw new InvalidInput(Map.of("duplicateOf", "guildhall.error.close.duplicate-of"));
                }
            } catch (NotFound hidden) {
                throw new InvalidInput(Map.of("duplicateOf", "guildhall.error.close.duplicate-of"));
            }
            duplicateOfId = duplicateOf;
        }
        require(!access.question().deleted(), "guildhall.error.qa.not-allowed");
        setClosed(access, parsed.get(), duplicateOfId);
    }

    /** Reopens a closed question. Moderators only; nothing happens when it is open. */
    public void reopen(long questionId) {
        Access access = permissions.access(questionId);
        require(access.moderator(), "guildhall.error.qa.not-moderator");
        setClosed(access, null, null);
    }

    private void setClosed(Access access, CloseReason reason, Long duplicateOfId) {
        String actor = access.userKey().orElseThrow();
        long questionId = access.question().id();
        Instant now = clock.now();
        transactions.inTransactionRetryingOnConflict(() -> {
            questionDao.lock(questionId);
            questionDao.setClosed(questionId, reason, duplicateOfId, actor, now);
            return null;
        });
        events.publish(new QuestionClosedEvent(questionId, access.community().spaceKey(), actor,
                reason == null ? null : reason.id(), duplicateOfId, now));
    }

    /** Follows (or with {@code follow} false, stops following) a question. Any logged-in reader of it. */
    public boolean follow(long questionId, boolean follow) {
        Access access = permissions.access(questionId);
        require(access.canFollow(), "guildhall.error.qa.not-allowed");
        String userKey = access.userKey().orElseThrow();
        Instant now = clock.now();
        return transactions.inTransactionRetryingOnConflict(() -> {
            if (follow) {
                followDao.follow(Posting.FOLLOW_QUESTION, String.valueOf(questionId), userKey, now);
            } else {
                followDao.unfollow(Posting.FOLLOW_QUESTION, String.valueOf(questionId), userKey);
            }
            return follow;
        });
    }
}

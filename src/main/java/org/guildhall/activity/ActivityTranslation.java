package org.guildhall.activity;

import org.guildhall.community.Community;
import org.guildhall.community.MembershipAction;
import org.guildhall.community.MembershipChangedEvent;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.qa.Answer;
import org.guildhall.qa.QaEvents.AnswerAcceptedEvent;
import org.guildhall.qa.QaEvents.AnswerPostedEvent;
import org.guildhall.qa.QaEvents.CommentPostedEvent;
import org.guildhall.qa.QaEvents.QuestionAskedEvent;
import org.guildhall.qa.QaEvents.QuestionClosedEvent;
import org.guildhall.qa.Question;
import org.guildhall.qa.ao.AnswerDao;
import org.guildhall.qa.ao.CommentDao;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns the events the stream records into entries: looks up the community (only enabled communities have a
 * stream) and the question's title, excerpt and topics. Runs on the recorder's thread, never on the publisher's.
 */
@Component
public class ActivityTranslation {

    static final String QUESTION_PATH = "/plugins/servlet/guildhall/questions/";

    private final CommunityDao communityDao;
    private final QuestionDao questionDao;
    private final AnswerDao answerDao;
    private final CommentDao commentDao;

    public ActivityTranslation(CommunityDao communityDao, QuestionDao questionDao, AnswerDao answerDao,
                               CommentDao commentDao) {
        this.communityDao = communityDao;
        this.questionDao = questionDao;
        this.answerDao = answerDao;
        this.commentDao = commentDao;
    }

    /** @return the entry the event makes, or empty for events the stream does not show or outside communities */
    public Optional<NewActivity> translate(Object event) {
        if (event instanceof QuestionAskedEvent asked) {
            return question(asked.spaceKey(), asked.questionId()).map(q -> questionEntry(q, ActivityKind.QUESTION_ASKED,
                    asked.actorKey(), "question", asked.questionId(), q.question().body(), asked.at(),
                    "asked:" + asked.questionId()));
        }
        if (event instanceof AnswerPostedEvent answered) {
            String body = answerDao.find(answered.answerId()).map(Answer::body).orElse("");
            return question(answered.spaceKey(), answered.questionId()).map(q -> questionEntry(q,
                    ActivityKind.QUESTION_ANSWERED, answered.actorKey(), "answer", answered.answerId(), body,
                    answered.at(), "answered:" + answered.questionId()));
        }
        if (event instanceof AnswerAcceptedEvent accepted) {
            if (!accepted.accepted()) {
                return Optional.empty();
            }
            String body = answerDao.find(accepted.answerId()).map(Answer::body).orElse("");
            return question(accepted.spaceKey(), accepted.questionId()).map(q -> questionEntry(q,
                    ActivityKind.ANSWER_ACCEPTED, accepted.actorKey(), "answer", accepted.answerId(), body,
                    accepted.at(), "accepted:" + accepted.answerId()));
        }
        if (event instanceof QuestionClosedEvent closed) {
            if (closed.reason() == null) {
                return Optional.empty();
            }
            return question(closed.spaceKey(), closed.questionId()).map(q -> questionEntry(q,
                    ActivityKind.QUESTION_CLOSED, closed.actorKey(), "question", closed.questionId(), "",
                    closed.at(), "closed:" + closed.questionId()));
        }
        if (event instanceof CommentPostedEvent commented) {
            String body = commentDao.find(commented.commentId()).map(org.guildhall.qa.Comment::body).orElse("");
            return question(commented.spaceKey(), commented.questionId()).map(q -> questionEntry(q,
                    ActivityKind.QUESTION_COMMENTED, commented.actorKey(), "comment", commented.commentId(), body,
                    commented.at(), "commented:" + commented.questionId()));
        }
        if (event instanceof MembershipChangedEvent membership) {
            return membership(membership);
        }
        if (event instanceof ContentChange change) {
            return community(change.spaceKey()).map(community -> new NewActivity(community.id(), change.kind(),
                    change.actorKey(), change.targetType(), String.valueOf(change.targetId()), null,
                    change.contentId(), change.title(), PlainText.excerpt(change.body(), NewActivity.EXCERPT_LENGTH),
                    change.urlPath(), change.at(), groupKey(change), List.of()));
        }
        return Optional.empty();
    }

    private Optional<NewActivity> membership(MembershipChangedEvent event) {
        ActivityKind kind;
        String actor;
        if (event.action() == MembershipAction.JOINED || event.action() == MembershipAction.APPROVED) {
            kind = ActivityKind.MEMBER_JOINED;
            actor = event.subjectKey();
        } else if (event.action() == MembershipAction.ROLE_CHANGED) {
            kind = ActivityKind.MEMBER_ROLE_CHANGED;
            actor = event.actorKey();
        } else {
            return Optional.empty();
        }
        return community(event.spaceKey()).map(community -> new NewActivity(community.id(), kind, actor, "person",
                event.subjectKey(), null, null, community.name(),
                kind == ActivityKind.MEMBER_ROLE_CHANGED ? event.role().name().toLowerCase(java.util.Locale.ROOT) : "",
                "/display/" + URLEncoder.encode(community.spaceKey(), StandardCharsets.UTF_8), event.occurredAt(),
                kind == ActivityKind.MEMBER_JOINED ? "joined:" + community.id() : "role:" + event.subjectKey(),
                List.of()));
    }

    private static String groupKey(ContentChange change) {
        return switch (change.kind()) {
            // Several people commenting on or liking one page, or editing it, make one line.
            case PAGE_COMMENTED -> "commented:" + change.contentId();
            case CONTENT_LIKED -> "liked:" + change.targetType() + ":" + change.targetId();
            case PAGE_UPDATED, BLOG_UPDATED -> "updated:" + change.contentId();
            default -> change.kind().id() + ":" + change.targetId();
        };
    }

    private record QuestionInCommunity(Community community, Question question) {
    }

    private Optional<QuestionInCommunity> question(String spaceKey, long questionId) {
        return community(spaceKey).flatMap(community -> questionDao.find(questionId)
                .filter(question -> !question.deleted())
                .map(question -> new QuestionInCommunity(community, question)));
    }

    private Optional<Community> community(String spaceKey) {
        return communityDao.findBySpaceKey(spaceKey).filter(Community::enabled);
    }

    private static NewActivity questionEntry(QuestionInCommunity found, ActivityKind kind, String actorKey,
                                             String targetType, long targetId, String body, java.time.Instant at,
                                             String groupKey) {
        Question question = found.question();
        return new NewActivity(found.community().id(), kind, actorKey, targetType, String.valueOf(targetId),
                question.id(), null, question.title(), PlainText.excerpt(body, NewActivity.EXCERPT_LENGTH),
                QUESTION_PATH + question.id(), at, groupKey, question.topics());
    }
}

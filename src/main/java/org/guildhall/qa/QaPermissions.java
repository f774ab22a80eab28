package org.guildhall.qa;

import org.guildhall.community.Community;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.community.MembershipState;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.platform.GuildhallException.AccessDenied;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.qa.ao.QuestionDao;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may do what with questions and answers: the one place Q&A decides. Confluence decides visibility (the reader
 * must be able to view the community's space); community roles add moderation, never visibility. Anything the reader
 * may not see is reported as not found (404), never as forbidden, so its existence is not revealed.
 */
@Component
public class QaPermissions {

    private final VisibleCommunities visibleCommunities;
    private final MembershipPolicy membershipPolicy;
    private final QuestionDao questionDao;

    public QaPermissions(VisibleCommunities visibleCommunities, MembershipPolicy membershipPolicy,
                         QuestionDao questionDao) {
        this.visibleCommunities = visibleCommunities;
        this.membershipPolicy = membershipPolicy;
        this.questionDao = questionDao;
    }

    /** The reader's standing towards one question, and what follows from it. */
    public record Access(Question question, Community community, MemberStanding standing) {

        public Optional<String> userKey() {
            return standing.userKey();
        }

        public boolean moderator() {
            return standing.canModerate();
        }

        public boolean banned() {
            return standing.state() == MembershipState.BANNED;
        }

        /** Logged in, not banned, and Confluence is not read-only: may take part. */
        private boolean participant() {
            return userKey().isPresent() && !banned() && standing.writable();
        }

        /** A moderator who may act now (not while Confluence is read-only). */
        private boolean acting() {
            return moderator() && standing.writable();
        }

        private boolean wrote(PostAuthor author) {
            return userKey().map(author::isUser).orElse(false);
        }

        public boolean canEdit(PostAuthor author, boolean postDeleted) {
            return participant() && !postDeleted && !question.deleted() && (wrote(author) || acting());
        }

        public boolean canDelete(PostAuthor author, boolean postDeleted) {
            return !postDeleted && !question.deleted() && (participant() && wrote(author) || acting());
        }

        public boolean canRestore(boolean postDeleted) {
            return postDeleted && acting();
        }

        public boolean canVote(PostAuthor author, boolean postDeleted) {
            return participant() && !postDeleted && !question.deleted() && !wrote(author);
        }

        public boolean canComment(boolean postDeleted) {
            return participant() && !postDeleted && !question.deleted();
        }

        public boolean canAnswer() {
            return participant() && !question.deleted() && !question.closed();
        }

        /** Accepting and un-accepting answers of this question: its asker, or a moderator. */
        public boolean canAccept() {
            return !question.deleted() && (participant() && wrote(question.author()) || acting());
        }

        public boolean canClose() {
            return acting() && !question.deleted() && !question.closed();
        }

        public boolean canReopen() {
            return acting() && !question.deleted() && question.closed();
        }

        public boolean canFollow() {
            return userKey().isPresent() && standing.writable() && !question.deleted();
        }

        public boolean canDeleteComment(Comment comment) {
            return !question.deleted() && (participant() && wrote(comment.author()) || acting());
        }
    }

    /**
     * @return the reader's access to the question
     * @throws NotFound when there is no such question, the reader may not view its community's space, or it is deleted
     *                  and the reader does not moderate its community
     */
    public Access access(long questionId) {
        Question question = questionDao.find(questionId).orElseThrow(() -> notFound(questionId));
        return access(question);
    }

    /** As {@link #access(long)}, for a question already read. */
    public Access access(Question question) {
        Community community = visibleCommunities.byId(question.communityId())
                .orElseThrow(() -> notFound(question.id()));
        MemberStanding standing = membershipPolicy.standing(community);
        if (question.deleted() && !standing.canModerate()) {
            throw notFound(question.id());
        }
        return new Access(question, community, standing);
    }

    /**
     * @return the reader's standing in the community of that space, for asking there
     * @throws NotFound when it is not a community the reader may see
     */
    public MemberStanding standingIn(String spaceKey) {
        Community community = visibleCommunities.bySpaceKey(spaceKey)
                .orElseThrow(() -> new NotFound("guildhall.error.community.not-found", String.valueOf(spaceKey)));
        return membershipPolicy.standing(community);
    }

    /** @throws AccessDenied (401 when anonymous, else 403) unless the check holds */
    public static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new AccessDenied(messageKey);
        }
    }

    public static NotFound notFound(long questionId) {
        return new NotFound("guildhall.error.question.not-found", String.valueOf(questionId));
    }
}

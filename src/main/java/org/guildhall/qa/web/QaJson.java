package org.guildhall.qa.web;

import org.guildhall.community.Community;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Comment;
import org.guildhall.qa.PostRenderer;
import org.guildhall.qa.Question;
import org.guildhall.qa.QuestionReading.AuthorView;
import org.guildhall.qa.QuestionReading.ListPage;
import org.guildhall.qa.QuestionReading.QuestionPage;
import org.guildhall.qa.QuestionReading.RevisionView;
import org.guildhall.qa.QaPermissions.Access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the Q&A REST API, built from the services' read models. Bodies are sent both as CommonMark
 * source ({@code body}, for editing) and as sanitised HTML ({@code bodyHtml}, the only form to insert into a page).
 */
final class QaJson {

    private QaJson() {
    }

    /** Times as ISO-8601 text in UTC, e.g. {@code 2026-03-01T12:00:00Z}; null stays null. */
    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    record AuthorJson(String userKey, String displayName, boolean external, String profileUrl, int reputation) {
        static AuthorJson of(AuthorView view) {
            return view == null ? null : new AuthorJson(view.userKey(), view.displayName(), view.external(),
                    view.profileUrl(), view.reputation());
        }
    }

    record CommunityRefJson(String spaceKey, String name) {
        static CommunityRefJson of(Community community) {
            return community == null ? null : new CommunityRefJson(community.spaceKey(), community.name());
        }
    }

    record QuestionRefJson(long id, String title) {
        static QuestionRefJson of(Question question) {
            return new QuestionRefJson(question.id(), question.title());
        }
    }

    record CloseJson(String reason, String closedBy, String closedAt, QuestionRefJson duplicateOf) {
    }

    record CommentJson(long id, String postType, long postId, String body, String bodyHtml, AuthorJson author,
                       String createdAt, Map<String, Boolean> can) {
    }

    record AnswerJson(long id, long questionId, String body, String bodyHtml, AuthorJson author, int score,
                      int myVote, boolean accepted, boolean deleted, int revision, String createdAt,
                      String updatedAt, String sourceUrl, List<CommentJson> comments, Map<String, Boolean> can) {
    }

    record QuestionJson(long id, CommunityRefJson community, String title, String body, String bodyHtml,
                        List<String> topics, AuthorJson author, int score, int myVote, int answerCount, String state,
                        boolean deleted, CloseJson closed, List<QuestionRefJson> duplicates, Long acceptedAnswerId,
                        int revision, boolean following, String createdAt, String updatedAt, String lastActivityAt,
                        String sourceUrl, List<CommentJson> comments, List<AnswerJson> answers,
                        Map<String, Boolean> can) {
    }

    record QuestionSummaryJson(long id, CommunityRefJson community, String title, List<String> topics,
                               AuthorJson author, int score, int answerCount, String state, String createdAt,
                               String lastActivityAt, String sourceUrl) {
    }

    record QuestionListJson(List<QuestionSummaryJson> results, int limit, String nextCursor) {
    }

    record RevisionJson(int number, String title, List<String> topics, String body, AuthorJson editor,
                        String createdAt, List<String> diff) {
    }

    record VoteJson(int score, int myVote) {
    }

    record FollowJson(boolean following) {
    }

    static QuestionJson question(QuestionPage page, PostRenderer renderer) {
        Access access = page.access();
        Question question = access.question();
        List<CommentJson> questionComments = page.comments().stream()
                .filter(comment -> comment.postType().id().equals("question"))
                .map(comment -> comment(comment, page, renderer)).toList();
        List<AnswerJson> answers = page.answers().stream().map(answer -> answer(answer, page, renderer)).toList();
        CloseJson closed = question.closed() ? new CloseJson(question.closeReason().id(), question.closedBy(),
                iso(question.closedAt()), page.duplicateOf().map(QuestionRefJson::of).orElse(null)) : null;
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("edit", access.canEdit(question.author(), question.deleted()));
        can.put("delete", access.canDelete(question.author(), question.deleted()));
        can.put("restore", access.canRestore(question.deleted()));
        can.put("answer", access.canAnswer());
        can.put("comment", access.canComment(question.deleted()));
        can.put("vote", access.canVote(question.author(), question.deleted()));
        can.put("accept", access.canAccept());
        can.put("close", access.canClose());
        can.put("reopen", access.canReopen());
        can.put("follow", access.canFollow());
        return new QuestionJson(question.id(), CommunityRefJson.of(access.community()), question.title(),
                question.body(), renderer.render(question.body()), question.topics(),
                AuthorJson.of(page.author(question.author())), question.score(),
                page.myVotes().getOrDefault("question:" + question.id(), 0), question.answerCount(),
                question.state().id(), question.deleted(), closed,
                page.duplicates().stream().map(QuestionRefJson::of).toList(), question.acceptedAnswerId(),
                question.revision(), page.following(), iso(question.createdAt()), iso(question.updatedAt()),
                iso(question.lastActivityAt()), question.sourceUrl(), questionComments, answers, can);
    }

    static AnswerJson answer(Answer answer, QuestionPage page, PostRenderer renderer) {
        Access access = page.access();
        List<CommentJson> comments = page.comments().stream()
                .filter(comment -> comment.postType().id().equals("answer") && comment.postId() == answer.id())
                .map(comment -> comment(comment, page, renderer)).toList();
        Map<String, Boolean> can = new LinkedHashMap<>();
        can.put("edit", access.canEdit(answer.author(), answer.deleted()));
        can.put("delete", access.canDelete(answer.author(), answer.deleted()));
        can.put("restore", access.canRestore(answer.deleted()));
        can.put("comment", access.canComment(answer.deleted()));
        can.put("vote", access.canVote(answer.author(), answer.deleted()));
        can.put("accept", access.canAccept() && !answer.deleted() && !answer.accepted());
        can.put("unaccept", access.canAccept() && answer.accepted());
        return new AnswerJson(answer.id(), answer.questionId(), answer.body(), renderer.render(answer.body()),
                AuthorJson.of(page.author(answer.author())), answer.score(),
                page.myVotes().getOrDefault("answer:" + answer.id(), 0), answer.accepted(), answer.deleted(),
                answer.revision(), iso(answer.createdAt()), iso(answer.updatedAt()), answer.sourceUrl(), comments, can);
    }

    static CommentJson comment(Comment comment, QuestionPage page, PostRenderer renderer) {
        return new CommentJson(comment.id(), comment.postType().id(), comment.postId(), comment.body(),
                renderer.render(comment.body()), AuthorJson.of(page.author(comment.author())), iso(comment.createdAt()),
                Map.of("delete", page.access().canDeleteComment(comment)));
    }

    static QuestionListJson list(ListPage page, int limit) {
        return new QuestionListJson(page.questions().stream().map(question -> new QuestionSummaryJson(question.id(),
                CommunityRefJson.of(page.communities().get(question.communityId())), question.title(),
                question.topics(), AuthorJson.of(page.author(question.author())), question.score(),
                question.answerCount(), question.state().id(), iso(question.createdAt()), iso(question.lastActivityAt()),
                question.sourceUrl()))
                .toList(), limit, page.nextCursor().orElse(null));
    }

    static List<RevisionJson> revisions(List<RevisionView> views) {
        return views.stream().map(view -> new RevisionJson(view.revision().number(), view.revision().title(),
                view.revision().topics(), view.revision().body(), AuthorJson.of(view.editor()),
                iso(view.revision().createdAt()), view.diff())).toList();
    }
}

package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.notify.QuestionPost;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Reads what a notification quotes: a question's title with the text of the question, of one of its answers or of
 * one of its comments. Deleted questions and posts are not found (nobody hears about what is gone by the time the
 * mail is written). Each method runs at most two indexed primary-key queries.
 */
@Component
public class NotificationSourceDao {

    private final ActiveObjects ao;

    public NotificationSourceDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the question with its own body as the text */
    public Optional<QuestionPost> question(long questionId) {
        return liveQuestion(questionId).map(question ->
                new QuestionPost(questionId, question.getTitle(), question.getBodyText()));
    }

    /** @return the question with the answer's body as the text, when the answer belongs to it */
    public Optional<QuestionPost> answer(long questionId, long answerId) {
        AnswerEntity[] answers = ao.find(AnswerEntity.class, Query.select(AnswerEntity.ID + ", "
                        + AnswerEntity.QUESTION_ID + ", " + AnswerEntity.BODY_TEXT + ", " + AnswerEntity.DELETED)
                .where(AnswerEntity.ID + " = ? AND " + AnswerEntity.QUESTION_ID + " = ? AND "
                        + AnswerEntity.DELETED + " = ?", (int) answerId, (int) questionId, false));
        if (answers.length == 0) {
            return Optional.empty();
        }
        return liveQuestion(questionId).map(question ->
                new QuestionPost(questionId, question.getTitle(), answers[0].getBodyText()));
    }

    /** @return the question with the comment's text, when the comment is on the question or one of its answers */
    public Optional<QuestionPost> comment(long questionId, long commentId) {
        CommentEntity[] comments = ao.find(CommentEntity.class, Query.select(CommentEntity.ID + ", "
                        + CommentEntity.QUESTION_ID + ", " + CommentEntity.BODY_TEXT + ", " + CommentEntity.DELETED)
                .where(CommentEntity.ID + " = ? AND " + CommentEntity.QUESTION_ID + " = ? AND "
                        + CommentEntity.DELETED + " = ?", (int) commentId, (int) questionId, false));
        if (comments.length == 0) {
            return Optional.empty();
        }
        return liveQuestion(questionId).map(question ->
                new QuestionPost(questionId, question.getTitle(), comments[0].getBodyText()));
    }

    private Optional<QuestionEntity> liveQuestion(long questionId) {
        QuestionEntity[] questions = ao.find(QuestionEntity.class, Query.select(QuestionEntity.ID + ", "
                        + QuestionEntity.TITLE + ", " + QuestionEntity.BODY_TEXT + ", " + QuestionEntity.DELETED)
                .where(QuestionEntity.ID + " = ? AND " + QuestionEntity.DELETED + " = ?", (int) questionId, false));
        return questions.length == 0 ? Optional.empty() : Optional.of(questions[0]);
    }
}

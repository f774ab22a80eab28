package org.guildhall.qa.notify;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.guildhall.activity.ao.FollowEntity;
import org.guildhall.activity.ao.FollowerDao;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionEntity;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes Q&A rows straight into the tables, for tests of code that reads them (the Q&A services that write them
 * belong to another part of the app).
 */
public final class QaRows {

    private static final Date NOW = new Date(1_780_000_000_000L);

    private static final AtomicInteger PLACEHOLDERS = new AtomicInteger();

    private final ActiveObjects ao;

    public QaRows(ActiveObjects ao) {
        this.ao = ao;
    }

    public long question(String authorKey, String title, String body) {
        Map<String, Object> row = new HashMap<>();
        row.put(QuestionEntity.COMMUNITY_ID, 1);
        row.put(QuestionEntity.AUTHOR_KEY, authorKey);
        row.put(QuestionEntity.TITLE, title);
        row.put(QuestionEntity.BODY_TEXT, body);
        row.put(QuestionEntity.SCORE, 0);
        row.put(QuestionEntity.ANSWER_COUNT, 0);
        row.put(QuestionEntity.LIST_STATE, "unanswered");
        row.put(QuestionEntity.DELETED, false);
        row.put(QuestionEntity.REVISION, 1);
        row.put(QuestionEntity.CREATED_AT, NOW);
        row.put(QuestionEntity.UPDATED_AT, NOW);
        row.put(QuestionEntity.LAST_ACTIVITY_AT, NOW);
        row.put(QuestionEntity.SOURCE_KEY, sourceKey());
        return ao.create(QuestionEntity.class, row).getID();
    }

    public long answer(long questionId, String authorKey, String body) {
        Map<String, Object> row = new HashMap<>();
        row.put(AnswerEntity.QUESTION_ID, (int) questionId);
        row.put(AnswerEntity.COMMUNITY_ID, 1);
        row.put(AnswerEntity.AUTHOR_KEY, authorKey);
        row.put(AnswerEntity.BODY_TEXT, body);
        row.put(AnswerEntity.SCORE, 0);
        row.put(AnswerEntity.DELETED, false);
        row.put(AnswerEntity.REVISION, 1);
        row.put(AnswerEntity.CREATED_AT, NOW);
        row.put(AnswerEntity.UPDATED_AT, NOW);
        row.put(AnswerEntity.SOURCE_KEY, sourceKey());
        // ACCEPTED_FOR is documented as null unless accepted, but is NOT NULL like every @Unique column (see
        // sourceKey); a negative placeholder is unique and names no question. Nothing here reads it.
        row.put(AnswerEntity.ACCEPTED_FOR, -PLACEHOLDERS.incrementAndGet());
        return ao.create(AnswerEntity.class, row).getID();
    }

    public long comment(long questionId, String authorKey, String body) {
        Map<String, Object> row = new HashMap<>();
        row.put(CommentEntity.POST_TYPE, "question");
        row.put(CommentEntity.POST_ID, (int) questionId);
        row.put(CommentEntity.QUESTION_ID, (int) questionId);
        row.put(CommentEntity.COMMUNITY_ID, 1);
        row.put(CommentEntity.AUTHOR_KEY, authorKey);
        row.put(CommentEntity.BODY_TEXT, body);
        row.put(CommentEntity.DELETED, false);
        row.put(CommentEntity.CREATED_AT, NOW);
        row.put(CommentEntity.SOURCE_KEY, sourceKey());
        return ao.create(CommentEntity.class, row).getID();
    }

    public void follow(long questionId, String userKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(FollowEntity.TARGET_TYPE, FollowerDao.QUESTION);
        row.put(FollowEntity.TARGET_ID, Long.toString(questionId));
        row.put(FollowEntity.USER_KEY, userKey);
        row.put(FollowEntity.FOLLOW_KEY, FollowerDao.QUESTION + ":" + questionId + ":" + userKey);
        row.put(FollowEntity.CREATED_AT, NOW);
        ao.create(FollowEntity.class, row);
    }

    /**
     * The model documents {@code SOURCE_KEY} as null for posts written in Confluence, but Active Objects 3.2.11
     * declares its {@code @Unique} columns NOT NULL (on H2, PostgreSQL and MariaDB alike), so until the model is
     * fixed the rows carry a unique key of their own.
     */
    private static String sourceKey() {
        return "test:" + UUID.randomUUID();
    }

    public void deleteAnswer(long answerId) {
        AnswerEntity answer = ao.get(AnswerEntity.class, (int) answerId);
        answer.setDeleted(true);
        answer.save();
    }
}

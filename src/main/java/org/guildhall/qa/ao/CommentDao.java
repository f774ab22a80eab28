package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.Comment;
import org.guildhall.qa.PostAuthor;
import org.guildhall.qa.PostType;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.qa.ao.CommentEntity.AUTHOR_KEY;
import static org.guildhall.qa.ao.CommentEntity.BODY_TEXT;
import static org.guildhall.qa.ao.CommentEntity.COMMUNITY_ID;
import static org.guildhall.qa.ao.CommentEntity.CREATED_AT;
import static org.guildhall.qa.ao.CommentEntity.DELETED;
import static org.guildhall.qa.ao.CommentEntity.ID;
import static org.guildhall.qa.ao.CommentEntity.POST_ID;
import static org.guildhall.qa.ao.CommentEntity.POST_TYPE;
import static org.guildhall.qa.ao.CommentEntity.QUESTION_ID;
import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.instant;

/** The only code that reads and writes comments on questions and answers. */
@Component
public class CommentDao {

    private final ActiveObjects ao;

    public CommentDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Call inside a transaction. */
    public Comment insert(PostType postType, long postId, long questionId, long communityId, String authorKey,
                          String body, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(POST_TYPE, postType.id());
        row.put(POST_ID, (int) postId);
        row.put(QUESTION_ID, (int) questionId);
        row.put(COMMUNITY_ID, (int) communityId);
        row.put(AUTHOR_KEY, authorKey);
        row.put(BODY_TEXT, body);
        row.put(DELETED, Boolean.FALSE);
        row.put(CommentEntity.SOURCE_KEY, SqlLists.localSourceKey());
        row.put(CREATED_AT, date(now));
        return toRecord(ao.create(CommentEntity.class, row));
    }

    public Optional<Comment> find(long id) {
        return Arrays.stream(ao.find(CommentEntity.class, Query.select().where(ID + " = ?", (int) id)))
                .findFirst().map(CommentDao::toRecord);
    }

    /** @return the comments on the question and all its answers that are not deleted, oldest first (one statement) */
    public List<Comment> findByQuestion(long questionId) {
        return Arrays.stream(ao.find(CommentEntity.class, Query.select()
                        .where(QUESTION_ID + " = ? AND " + DELETED + " = ?", (int) questionId, Boolean.FALSE)
                        .order(ID + " ASC")))
                .map(CommentDao::toRecord).toList();
    }

    /** Soft-deletes. Call inside a transaction. */
    public void delete(long id) {
        for (CommentEntity entity : ao.find(CommentEntity.class, Query.select().where(ID + " = ?", (int) id))) {
            entity.setDeleted(true);
            entity.save();
        }
    }

    private static Comment toRecord(CommentEntity entity) {
        return new Comment(entity.getID(), PostType.parse(entity.getPostType()), entity.getPostId(),
                entity.getQuestionId(), entity.getCommunityId(),
                new PostAuthor(entity.getAuthorKey(), entity.getExternalAuthorId()), entity.getBodyText(),
                entity.isDeleted(), instant(entity.getCreatedAt()));
    }
}

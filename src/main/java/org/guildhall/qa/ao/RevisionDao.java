package org.guildhall.qa.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.qa.PostAuthor;
import org.guildhall.qa.PostType;
import org.guildhall.qa.Revision;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.guildhall.qa.ao.RevisionEntity.BODY_TEXT;
import static org.guildhall.qa.ao.RevisionEntity.CREATED_AT;
import static org.guildhall.qa.ao.RevisionEntity.EDITOR_KEY;
import static org.guildhall.qa.ao.RevisionEntity.POST_ID;
import static org.guildhall.qa.ao.RevisionEntity.POST_TYPE;
import static org.guildhall.qa.ao.RevisionEntity.REVISION_KEY;
import static org.guildhall.qa.ao.RevisionEntity.REVISION_NUMBER;
import static org.guildhall.qa.ao.RevisionEntity.TITLE;
import static org.guildhall.qa.ao.RevisionEntity.TOPICS;
import static org.guildhall.qa.ao.SqlLists.date;
import static org.guildhall.qa.ao.SqlLists.instant;

/**
 * The only code that reads and writes revisions. {@code REVISION_KEY} is unique, so two editors saving revision n of
 * the same post at once cannot both succeed.
 */
@Component
public class RevisionDao {

    private final ActiveObjects ao;

    public RevisionDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Call inside a transaction. {@code title} and {@code topics} only for questions. */
    public Revision insert(PostType postType, long postId, int number, String title, String body, List<String> topics,
                           String editorKey, Instant now) {
        Map<String, Object> row = new HashMap<>();
        row.put(POST_TYPE, postType.id());
        row.put(POST_ID, (int) postId);
        row.put(REVISION_NUMBER, number);
        row.put(REVISION_KEY, postType.id() + ":" + postId + ":" + number);
        row.put(TITLE, title);
        row.put(BODY_TEXT, body);
        row.put(TOPICS, topics.isEmpty() ? null : String.join(" ", topics));
        row.put(EDITOR_KEY, editorKey);
        row.put(CREATED_AT, date(now));
        return toRecord(ao.create(RevisionEntity.class, row));
    }

    /** @return the post's revisions, oldest first */
    public List<Revision> findByPost(PostType postType, long postId) {
        return Arrays.stream(ao.find(RevisionEntity.class, Query.select()
                        .where(POST_TYPE + " = ? AND " + POST_ID + " = ?", postType.id(), (int) postId)
                        .order(REVISION_NUMBER + " ASC")))
                .map(RevisionDao::toRecord).toList();
    }

    private static Revision toRecord(RevisionEntity entity) {
        String topics = entity.getTopics();
        return new Revision(entity.getID(), PostType.parse(entity.getPostType()), entity.getPostId(),
                entity.getRevisionNumber(), entity.getTitle(), entity.getBodyText(),
                topics == null || topics.isBlank() ? List.of() : List.of(topics.trim().split(" +")),
                new PostAuthor(entity.getEditorKey(), entity.getExternalEditorId()), instant(entity.getCreatedAt()));
    }
}

package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One kept version of a question or an answer: the text as it was after asking, answering or an edit. Table
 * {@code AO_<hash>_REVISION}. {@code REVISION_KEY} ({@code <post type>:<post id>:<number>}) is unique, so two editors
 * saving at once cannot both write revision n: one of them gets a conflict.
 */
@Table("Revision")
public interface RevisionEntity extends Entity {

    String ID = "ID";
    String POST_TYPE = "POST_TYPE";
    String POST_ID = "POST_ID";
    String REVISION_NUMBER = "REVISION_NUMBER";
    String REVISION_KEY = "REVISION_KEY";
    String TITLE = "TITLE";
    String BODY_TEXT = "BODY_TEXT";
    String TOPICS = "TOPICS";
    String EDITOR_KEY = "EDITOR_KEY";
    String EXTERNAL_EDITOR_ID = "EXTERNAL_EDITOR_ID";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @StringLength(16)
    String getPostType();

    void setPostType(String postType);

    @NotNull
    @Indexed
    int getPostId();

    void setPostId(int postId);

    @NotNull
    int getRevisionNumber();

    void setRevisionNumber(int revisionNumber);

    @NotNull
    @Unique
    @StringLength(64)
    String getRevisionKey();

    void setRevisionKey(String revisionKey);

    /** Questions only. */
    @StringLength(255)
    String getTitle();

    void setTitle(String title);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBodyText();

    void setBodyText(String bodyText);

    /** Questions only: the topics, space-separated, as they were in this revision. */
    @StringLength(450)
    String getTopics();

    void setTopics(String topics);

    @StringLength(255)
    String getEditorKey();

    void setEditorKey(String editorKey);

    Integer getExternalEditorId();

    void setExternalEditorId(Integer externalEditorId);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

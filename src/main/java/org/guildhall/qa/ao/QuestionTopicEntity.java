package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A topic a question carries (1–5 per question). Table {@code AO_<hash>_QUESTION_TOPIC}. The question's community
 * and creation time are copied here so that a topic's list is one indexed range.
 */
@Table("QuestionTopic")
@Preload
@Indexes(@Index(name = "qt_topic_new", methodNames = {"getTopic", "getCommunityId", "getCreatedAt"}))
public interface QuestionTopicEntity extends Entity {

    String ID = "ID";
    String QUESTION_ID = "QUESTION_ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String TOPIC = "TOPIC";
    String QUESTION_AND_TOPIC = "QUESTION_AND_TOPIC";
    String CREATED_AT = "CREATED_AT";

    @NotNull
    @Indexed
    int getQuestionId();

    void setQuestionId(int questionId);

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @Indexed
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    /** {@code <question id>:<topic>}, unique: a question carries a topic once. */
    @NotNull
    @Unique
    @StringLength(64)
    String getQuestionAndTopic();

    void setQuestionAndTopic(String questionAndTopic);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

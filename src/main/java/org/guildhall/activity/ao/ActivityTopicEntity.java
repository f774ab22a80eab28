package org.guildhall.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A topic of an activity entry (table {@code AO_A368F0_ACTIVITY_TOPIC}), for the topic filter and for following
 * topics: the stream query asks {@code EXISTS} a row with the entry's id and one of the wanted topics.
 */
@Table("ActivityTopic")
@Indexes(@Index(name = "act_topic_entry", methodNames = {"getActivityId", "getTopic"}))
public interface ActivityTopicEntity extends Entity {

    String TABLE = "AO_A368F0_ACTIVITY_TOPIC";
    String ACTIVITY_ID = "ACTIVITY_ID";
    String TOPIC = "TOPIC";

    @NotNull
    int getActivityId();

    void setActivityId(int activityId);

    @NotNull
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);
}

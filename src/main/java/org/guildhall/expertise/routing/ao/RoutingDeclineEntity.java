package org.guildhall.expertise.routing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * How often a person declined routed questions of a topic ("not my area"); routing divides their score in that topic
 * by {@code 1 + DECLINES}. {@code DECLINE_KEY} ({@code <topic>|<personKey>}) is unique (a first decline
 * inserts, later ones update inside a transaction that retries on conflict).
 */
@Table("RoutingDecline")
public interface RoutingDeclineEntity extends Entity {

    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String DECLINES = "DECLINES";
    String DECLINE_KEY = "DECLINE_KEY";

    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    @NotNull
    int getDeclines();

    void setDeclines(int declines);

    @NotNull
    @Unique
    @StringLength(255)
    String getDeclineKey();

    void setDeclineKey(String declineKey);
}

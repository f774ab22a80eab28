package org.guildhall.expertise.routing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One person a question was routed to: in which round (1 on asking, 2 and 3 on escalation), when, and when they
 * declined. {@code ROUTING_KEY} ({@code <questionId>:<personKey>}) is unique, so nobody is asked twice about one
 * question whatever runs concurrently (Active Objects makes a {@code @Unique} column NOT NULL, hence one composite
 * column rather than a two-column constraint).
 */
@Table("Routing")
public interface RoutingEntity extends Entity {

    String QUESTION_ID = "QUESTION_ID";
    String PERSON_KEY = "PERSON_KEY";
    String ROUND = "ROUTING_ROUND";
    String ASKED_AT = "ASKED_AT";
    String DECLINED_AT = "DECLINED_AT";
    String ROUTING_KEY = "ROUTING_KEY";

    @NotNull
    @Indexed
    int getQuestionId();

    void setQuestionId(int questionId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    int getRoutingRound();

    void setRoutingRound(int round);

    @NotNull
    @Indexed
    Date getAskedAt();

    void setAskedAt(Date askedAt);

    Date getDeclinedAt();

    void setDeclinedAt(Date declinedAt);

    @NotNull
    @Unique
    @StringLength(255)
    String getRoutingKey();

    void setRoutingKey(String routingKey);
}

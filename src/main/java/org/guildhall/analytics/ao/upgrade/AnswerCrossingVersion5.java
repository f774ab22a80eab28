package org.guildhall.analytics.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The answer table as {@link CrossCommunityUpgradeTask} (model version 5) knows it: only the columns it reads and the
 * one it adds and fills, declared exactly as {@code AnswerEntity} declares them. A copy of its own, so that later
 * changes to {@code AnswerEntity} cannot change what this task does.
 */
@Table("Answer")
@Indexes(@Index(name = "a_community_new", methodNames = {"getCommunityId", "getCreatedAt"}))
@Preload
public interface AnswerCrossingVersion5 extends Entity {

    String CROSS_COMMUNITY = "CROSS_COMMUNITY";

    @NotNull
    @Indexed
    int getQuestionId();

    @NotNull
    @Indexed
    int getCommunityId();

    @NotNull
    Date getCreatedAt();

    @Indexed
    @StringLength(255)
    String getAuthorKey();

    Boolean getCrossCommunity();

    void setCrossCommunity(Boolean crossCommunity);
}

package org.guildhall.analytics.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The comment table as {@link FirstPostsUpgradeTask} (model version 4) knows it: only the columns it reads, declared
 * exactly as {@code CommentEntity} declares them. A copy of its own, so that later changes to {@code CommentEntity} cannot
 * change what this task does.
 */
@Table("PostComment")
@Indexes(@Index(name = "c_community_new", methodNames = {"getCommunityId", "getCreatedAt"}))
@Preload
public interface CommentPostsVersion4 extends Entity {

    @NotNull
    @Indexed
    int getCommunityId();

    @Indexed
    @StringLength(255)
    String getAuthorKey();

    Integer getExternalAuthorId();

    @NotNull
    @Default("false")
    boolean isDeleted();

    @NotNull
    Date getCreatedAt();
}

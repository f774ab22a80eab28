package org.guildhall.analytics.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * The first-post table as {@link FirstPostsUpgradeTask} (model version 4) creates and fills it, declared exactly as
 * {@code FirstPostEntity} declares it then.
 */
@Table("FirstPost")
@Indexes(@Index(name = "first_post_new", methodNames = {"getCommunityId", "getFirstAt"}))
public interface FirstPostVersion4 extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String PERSON_KEY = "PERSON_KEY";
    String PAIR_KEY = "PAIR_KEY";
    String FIRST_AT = "FIRST_AT";

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Unique
    @StringLength(300)
    String getPairKey();

    void setPairKey(String pairKey);

    @NotNull
    Date getFirstAt();

    void setFirstAt(Date firstAt);
}

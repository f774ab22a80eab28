package org.guildhall.analytics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * When a person first posted (asked, answered or commented; deleted posts not counted) in a community: table
 * {@code AO_A368F0_FIRST_POST}, one row per person and community, kept up to date as posts are written, deleted,
 * restored and imported ({@link FirstPostDao}). Community health tells newcomers and returning members from it
 * instead of reading everybody's earlier posts. {@code PAIR_KEY} ({@code <community id>|<person key>}) is unique; the
 * person key is the Confluence user key or {@code external:<id>} for authors of imported content.
 */
@Table("FirstPost")
@Indexes(@Index(name = "first_post_new", methodNames = {"getCommunityId", "getFirstAt"}))
public interface FirstPostEntity extends Entity {

    String ID = "ID";
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

package org.guildhall.analytics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One recipient a community named for its weekly spotlight (table {@code AO_A368F0_SPOT_RECIPIENT}, short so that
 * its primary key's name fits 30 characters): a person by user key or a Confluence group by name.
 * {@code RECIPIENT_KEY} ({@code <community id>|<kind>|<name>}) is unique, so a community names each recipient once
 * however two saves interleave.
 *
 * @see org.guildhall.analytics.Spotlight
 */
@Table("SpotRecipient")
@Indexes(@Index(name = "spotlight_rcpt_community", methodNames = {"getCommunityId"}))
public interface SpotlightRecipientEntity extends Entity {

    String ID = "ID";
    String RECIPIENT_KEY = "RECIPIENT_KEY";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String KIND = "KIND";
    String NAME = "NAME";

    @NotNull
    @Unique
    @StringLength(255)
    String getRecipientKey();

    void setRecipientKey(String recipientKey);

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    /** {@code person} or {@code group} */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The person's user key or the group's name. */
    @NotNull
    @StringLength(200)
    String getName();

    void setName(String name);
}

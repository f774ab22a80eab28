package org.guildhall.analytics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One community's spotlight for one week (table {@code AO_A368F0_SPOTLIGHT_RUN}), inserted <em>before</em> it is
 * written and sent, finished after. {@code RUN_KEY} ({@code <community id>|<week>}) is unique: whichever node inserts
 * it first sends that spotlight, every other node skips it. A claim never finished (its node died) is taken over after
 * a lease, by a delete only one node can win.
 *
 * @see org.guildhall.analytics.SpotlightSending
 */
@Table("SpotlightRun")
@Indexes(@Index(name = "spotlight_run_community", methodNames = {"getCommunityId", "getFinishedAt"}))
public interface SpotlightRunEntity extends Entity {

    String ID = "ID";
    String RUN_KEY = "RUN_KEY";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String PERIOD = "PERIOD";
    String CLAIMED_AT = "CLAIMED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String MAILED = "MAILED";

    @NotNull
    @Unique
    @StringLength(64)
    String getRunKey();

    void setRunKey(String runKey);

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    /** The ISO week it was sent in, e.g. {@code w2026-48}. */
    @NotNull
    @StringLength(16)
    String getPeriod();

    void setPeriod(String period);

    /** When the sending node claimed it; the spotlight covers what was posted up to this time. */
    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);

    /** Null while it is being sent. */
    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    /** How many recipients were mailed. */
    @NotNull
    @Default("0")
    int getMailed();

    void setMailed(int mailed);
}

package org.guildhall.activity.digest.ao;

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
 * One person's digest for one period (table {@code AO_A368F0_DIGEST_RUN}), inserted <em>before</em> the digest is
 * written and sent, finished after. {@code RUN_KEY} ({@code <period>|<user key>}) is unique: whichever node inserts
 * it first sends that digest, every other node skips it. A claim that was never finished (the node died) is taken
 * over after a lease, by an update that only one node can win.
 *
 * @see org.guildhall.activity.digest.DigestSending
 */
@Table("DigestRun")
@Indexes(@Index(name = "digest_run_user", methodNames = {"getUserKey", "getFinishedAt"}))
public interface DigestRunEntity extends Entity {

    String ID = "ID";
    String RUN_KEY = "RUN_KEY";
    String USER_KEY = "USER_KEY";
    String PERIOD = "PERIOD";
    String CLAIMED_AT = "CLAIMED_AT";
    String FINISHED_AT = "FINISHED_AT";
    String MAILED = "MAILED";

    @NotNull
    @Unique
    @StringLength(255)
    String getRunKey();

    void setRunKey(String runKey);

    @NotNull
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** e.g. {@code d2026-11-26} or {@code w2026-48} */
    @NotNull
    @StringLength(16)
    String getPeriod();

    void setPeriod(String period);

    /** When the sending node claimed it; the digest covers activity up to this time. */
    @NotNull
    Date getClaimedAt();

    void setClaimedAt(Date claimedAt);

    /** Null while it is being sent. */
    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);

    /** True when a mail went out; false when there was nothing new (or no address). */
    @NotNull
    @Default("false")
    boolean isMailed();

    void setMailed(boolean mailed);
}

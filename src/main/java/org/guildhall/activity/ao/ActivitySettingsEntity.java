package org.guildhall.activity.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The activity settings system administrators set (table {@code AO_A368F0_ACT_SETTINGS}): one row, key
 * {@code default}, like the routing settings. In the database so that every node purges alike.
 */
@Table("ActSettings")
public interface ActivitySettingsEntity extends Entity {

    String SETTINGS_KEY = "SETTINGS_KEY";
    String RETENTION_DAYS = "RETENTION_DAYS";

    @NotNull
    @Unique
    @StringLength(32)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    /** Entries older than this many days are removed. */
    @NotNull
    int getRetentionDays();

    void setRetentionDays(int retentionDays);
}

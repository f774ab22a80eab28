package org.guildhall.expertise.routing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The routing settings system administrators set: one row, key {@code default} (like the reputation weights). In the
 * database so that every node of a cluster routes alike.
 */
@Table("RouteSettings")
public interface RoutingSettingsEntity extends Entity {

    String SETTINGS_KEY = "SETTINGS_KEY";
    String WEEKLY_CAP = "WEEKLY_CAP";
    String ESCALATION_HOURS = "ESCALATION_HOURS";

    @NotNull
    @Unique
    @StringLength(32)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    int getWeeklyCap();

    void setWeeklyCap(int weeklyCap);

    @NotNull
    int getEscalationHours();

    void setEscalationHours(int hours);
}

package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A person's Guildhall profile: the "ask me about" line and availability for routed questions. Table
 * {@code AO_<hash>_EXPERT_PROFILE}; one row per person ({@code PERSON_KEY} unique). People without a row have an
 * empty profile and are available.
 */
@Table("ExpertProfile")
@Preload
public interface ExpertProfileEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String ASK_ME_ABOUT = "ASK_ME_ABOUT";
    String AVAILABILITY = "AVAILABILITY";
    String BUSY_UNTIL = "BUSY_UNTIL";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @StringLength(450)
    String getAskMeAbout();

    void setAskMeAbout(String askMeAbout);

    /** {@code available}, {@code busy} (until {@code BUSY_UNTIL}) or {@code never}. */
    @NotNull
    @Default("available")
    @StringLength(16)
    String getAvailability();

    void setAvailability(String availability);

    Date getBusyUntil();

    void setBusyUntil(Date busyUntil);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

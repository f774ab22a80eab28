package org.guildhall.activity.digest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * How often a person wants their digest (table {@code AO_A368F0_DIGEST_PREF}): one row per person who chose;
 * nobody's row means {@code off}. {@code USER_KEY} is unique, so saving twice concurrently is one row.
 */
@Table("DigestPref")
public interface DigestPreferenceEntity extends Entity {

    String ID = "ID";
    String USER_KEY = "USER_KEY";
    String FREQUENCY = "FREQUENCY";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    /** {@link org.guildhall.activity.digest.DigestFrequency#id()} */
    @NotNull
    @Indexed
    @StringLength(16)
    String getFrequency();

    void setFrequency(String frequency);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

package org.guildhall.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** One change of a global setting: who made it, when, which setting, and its value before and after (as JSON). */
@Table("AdminAudit")
public interface AuditEntryEntity extends Entity {

    String CHANGED_AT = "CHANGED_AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String SETTING = "SETTING";
    String BEFORE_VALUE = "BEFORE_VALUE";
    String AFTER_VALUE = "AFTER_VALUE";

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    /** The user key of the administrator, or null for a change the app made on its own. */
    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    @StringLength(100)
    String getSetting();

    void setSetting(String setting);

    @StringLength(StringLength.UNLIMITED)
    String getBeforeValue();

    void setBeforeValue(String beforeValue);

    @StringLength(StringLength.UNLIMITED)
    String getAfterValue();

    void setAfterValue(String afterValue);
}

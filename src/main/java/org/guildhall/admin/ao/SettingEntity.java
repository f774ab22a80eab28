package org.guildhall.admin.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One global setting system administrators chose (feature switches, who may create communities, and what other
 * features keep here, e.g. digest and retention settings): a key and its value as text. In the database so that every
 * node of a cluster reads the same; a missing row means the setting's default.
 */
@Table("Setting")
public interface SettingEntity extends Entity {

    String SETTING_KEY = "SETTING_KEY";
    String SETTING_VALUE = "SETTING_VALUE";

    @NotNull
    @Unique
    @StringLength(100)
    String getSettingKey();

    void setSettingKey(String settingKey);

    @StringLength(StringLength.UNLIMITED)
    String getSettingValue();

    void setSettingValue(String settingValue);
}

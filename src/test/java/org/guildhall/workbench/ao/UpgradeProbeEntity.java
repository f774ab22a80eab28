package org.guildhall.workbench.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A table the upgrade-runner tests write to from their tasks. */
@Table("UpgradeProbe")
public interface UpgradeProbeEntity extends Entity {

    @NotNull
    @StringLength(64)
    String getWrittenBy();

    void setWrittenBy(String writtenBy);
}

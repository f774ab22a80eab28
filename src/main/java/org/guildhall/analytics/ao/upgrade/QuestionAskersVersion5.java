package org.guildhall.analytics.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The question table as {@link CrossCommunityUpgradeTask} (model version 5) knows it: only its asker, declared exactly
 * as {@code QuestionEntity} declares it. The task only reads it.
 */
@Table("Question")
@Preload
public interface QuestionAskersVersion5 extends Entity {

    @Indexed
    @StringLength(255)
    String getAuthorKey();
}

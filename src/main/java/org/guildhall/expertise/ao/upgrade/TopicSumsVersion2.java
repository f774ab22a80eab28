package org.guildhall.expertise.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The all-communities topic sums as {@link ExpertiseSumsUpgradeTask} (model version 2) creates them, declared exactly
 * as {@code ExpertTopicScoreEntity} declares them (its indexes come with the descriptor's migration). A copy of its
 * own, so that later changes to {@code ExpertTopicScoreEntity} cannot change what this task does.
 */
@Table("ExpertTopic")
@Preload
public interface TopicSumsVersion2 extends Entity {

    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String TOPIC_KEY = "TOPIC_KEY";
    String WEIGHTED = "WEIGHTED";
    String ITEM_COUNT = "ITEM_COUNT";
    String LOCK_TOKEN = "LOCK_TOKEN";

    @NotNull
    @StringLength(255)
    String getPersonKey();

    @NotNull
    @StringLength(40)
    String getTopic();

    @NotNull
    @Unique
    @StringLength(300)
    String getTopicKey();

    @NotNull
    double getWeighted();

    @NotNull
    @Default("0")
    int getItemCount();

    @NotNull
    @Default("0")
    int getLockToken();
}

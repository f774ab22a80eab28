package org.guildhall.expertise.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The score cell table as {@link ExpertiseSumsUpgradeTask} (model version 2) knows it: the columns it writes,
 * declared exactly as {@code ExpertiseScoreEntity} declares them. A copy of its own, so that later changes to
 * {@code ExpertiseScoreEntity} cannot change what this task does.
 */
@Table("ExpertScore")
@Preload
public interface ScoreCellsVersion2 extends Entity {

    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String SCORE_KEY = "SCORE_KEY";
    String WEIGHTED = "WEIGHTED";
    String POINTS = "POINTS";
    String ITEM_COUNT = "ITEM_COUNT";
    String ACCEPTED_COUNT = "ACCEPTED_COUNT";
    String ANSWER_COUNT = "ANSWER_COUNT";
    String QUESTION_COUNT = "QUESTION_COUNT";
    String PAGE_COUNT = "PAGE_COUNT";
    String LOCK_TOKEN = "LOCK_TOKEN";

    @NotNull
    @StringLength(255)
    String getPersonKey();

    @NotNull
    @StringLength(40)
    String getTopic();

    @NotNull
    @Indexed
    int getCommunityId();

    @NotNull
    @Unique
    @StringLength(300)
    String getScoreKey();

    @NotNull
    double getWeighted();

    @NotNull
    double getPoints();

    @NotNull
    @Default("0")
    int getItemCount();

    @NotNull
    @Default("0")
    int getAcceptedCount();

    @NotNull
    @Default("0")
    int getAnswerCount();

    @NotNull
    @Default("0")
    int getQuestionCount();

    @NotNull
    @Default("0")
    int getPageCount();

    @NotNull
    @Default("0")
    int getLockToken();
}

package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The sum of one person's evidence in one topic and one community. Table {@code AO_<hash>_EXPERT_SCORE}.
 * {@code SCORE_KEY} ({@code <community id>:<topic>:<person key>}) is unique; the row goes when its last item goes.
 * <p>
 * {@code WEIGHTED} is the sum of each item's points times {@code 2^(age at the epoch / half-life)} (see
 * {@code ExpertiseScoring}): multiplying it by {@code 2^(-(now - epoch) / half-life)} gives the decayed score at any
 * time, so the score decays without a nightly recompute, and ranking by {@code WEIGHTED} is ranking by decayed score.
 * The counts explain the number. Rows change under their own lock ({@code LOCK_TOKEN}).
 */
@Table("ExpertScore")
@Preload
@Indexes({
        // in the order of a community's ranked read, ties included (EvidenceDao.rankTopic)
        @Index(name = "es_topic_rank", methodNames = {"getTopic", "getCommunityId", "getWeighted", "getPersonKey"}),
        // covering: a person's sums over the reader's communities are read from the index alone (EvidenceDao.sumTopics,
        // sumPeople), not from one table page per cell (thousands for a busy person)
        @Index(name = "es_person", methodNames = {"getPersonKey", "getTopic", "getCommunityId", "getWeighted",
                "getPoints", "getItemCount", "getAcceptedCount", "getAnswerCount", "getQuestionCount", "getPageCount"})
})
public interface ExpertiseScoreEntity extends Entity {

    String ID = "ID";
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

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    @NotNull
    @Unique
    @StringLength(300)
    String getScoreKey();

    void setScoreKey(String scoreKey);

    @NotNull
    double getWeighted();

    void setWeighted(double weighted);

    /** Undecayed points. */
    @NotNull
    double getPoints();

    void setPoints(double points);

    @NotNull
    @Default("0")
    int getItemCount();

    void setItemCount(int itemCount);

    @NotNull
    @Default("0")
    int getAcceptedCount();

    void setAcceptedCount(int acceptedCount);

    @NotNull
    @Default("0")
    int getAnswerCount();

    void setAnswerCount(int answerCount);

    @NotNull
    @Default("0")
    int getQuestionCount();

    void setQuestionCount(int questionCount);

    @NotNull
    @Default("0")
    int getPageCount();

    void setPageCount(int pageCount);

    /** See {@code QuestionEntity#getLockToken}: written before the counters are read, to take the row's lock. */
    @NotNull
    @Default("0")
    int getLockToken();

    void setLockToken(int lockToken);
}

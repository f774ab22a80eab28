package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One person's evidence in one topic summed over every community: the pre-ranked index "who knows most about T"
 * and "what does P know most about" read with a {@code LIMIT}. Table {@code AO_<hash>_EXPERT_TOPIC}.
 * {@code TOPIC_KEY} ({@code <topic>:<person key>}) is unique; the row goes when its last item goes.
 * <p>
 * {@code WEIGHTED} is the sum of the person's {@link ExpertiseScoreEntity} cells in the topic (the same decay-ready
 * form), kept in step with them in the same transaction. A reader sees only some communities, so this sum is an
 * upper bound of what that reader may count: readers take the top rows, compute the exact sums they may see for those
 * people from the cells, and read further only while someone not yet read could still rank higher (see
 * {@code EvidenceDao#rankTopic}). Rows change under their own lock ({@code LOCK_TOKEN}).
 */
@Table("ExpertTopic")
@Preload
@Indexes({
        // each in the order of its ranked read, ties included (EvidenceDao.rankTopic, topTopics)
        @Index(name = "et_topic_rank", methodNames = {"getTopic", "getWeighted", "getPersonKey"}),
        @Index(name = "et_person_rank", methodNames = {"getPersonKey", "getWeighted", "getTopic"})
})
public interface ExpertTopicScoreEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String TOPIC_KEY = "TOPIC_KEY";
    String WEIGHTED = "WEIGHTED";
    String ITEM_COUNT = "ITEM_COUNT";
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
    @Unique
    @StringLength(300)
    String getTopicKey();

    void setTopicKey(String topicKey);

    @NotNull
    double getWeighted();

    void setWeighted(double weighted);

    @NotNull
    @Default("0")
    int getItemCount();

    void setItemCount(int itemCount);

    /** See {@link ExpertiseScoreEntity#getLockToken}. */
    @NotNull
    @Default("0")
    int getLockToken();

    void setLockToken(int lockToken);
}

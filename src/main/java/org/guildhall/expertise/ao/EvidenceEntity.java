package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * One piece of evidence of a person's expertise in a topic, in a community: an answer they gave, an answer of theirs
 * that was accepted, a question they asked (a page they wrote). Table {@code AO_<hash>_EXPERT_EVIDENCE}.
 * <p>
 * Items are derived from the Q&A tables and kept in step with them, one question at a time ({@code QUESTION_ID} finds
 * every item a question and its answers gave). {@code EVIDENCE_KEY} ({@code <kind>:<post id>:<topic>}) is unique.
 * {@code POINTS} are undecayed; decay is applied when read (see {@code ExpertiseScoring}).
 */
@Table("ExpertEvidence")
@Preload
@Indexes({
        // covering: a person's strongest items per topic are read from the index alone (see EvidenceDao.findStrongest)
        @Index(name = "ev_person_topic", methodNames = {"getPersonKey", "getTopic", "getPoints", "getOccurredAt",
                "getCommunityId", "getKind", "getPostId", "getQuestionId"}),
        // in the order of a person's newest items, so that a page of them stops after its limit (findRecent)
        @Index(name = "ev_person_time", methodNames = {"getPersonKey", "getKind", "getOccurredAt", "getPostId"})
})
public interface EvidenceEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String KIND = "KIND";
    String POST_ID = "POST_ID";
    String QUESTION_ID = "QUESTION_ID";
    String POINTS = "POINTS";
    String OCCURRED_AT = "OCCURRED_AT";
    String EVIDENCE_KEY = "EVIDENCE_KEY";

    @NotNull
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    /** {@code accepted}, {@code answer}, {@code question} or {@code page}. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    /** The answer's, question's or page's id. */
    @NotNull
    long getPostId();

    void setPostId(long postId);

    /** The question the post belongs to; null for pages. */
    @Indexed
    Integer getQuestionId();

    void setQuestionId(Integer questionId);

    @NotNull
    double getPoints();

    void setPoints(double points);

    /** When the work was done: the post's creation, or the acceptance. */
    @NotNull
    Date getOccurredAt();

    void setOccurredAt(Date occurredAt);

    @NotNull
    @Unique
    @StringLength(100)
    String getEvidenceKey();

    void setEvidenceKey(String evidenceKey);
}

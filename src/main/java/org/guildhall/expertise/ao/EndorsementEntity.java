package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A colleague's endorsement of a person's skill, pointing at one piece of their evidence. Table
 * {@code AO_<hash>_ENDORSEMENT}. {@code ENDORSEMENT_KEY} ({@code <topic>|<person key>|<endorser key>}) is unique: one
 * endorsement per endorser, skill and person; endorsing again renews it ({@code ENDORSED_AT}).
 */
@Table("Endorsement")
@Preload
@Indexes(@Index(name = "en_person_topic", methodNames = {"getPersonKey", "getTopic"}))
public interface EndorsementEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String ENDORSER_KEY = "ENDORSER_KEY";
    String TOPIC = "TOPIC";
    String EVIDENCE_KIND = "EVIDENCE_KIND";
    String EVIDENCE_ID = "EVIDENCE_ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String ENDORSED_AT = "ENDORSED_AT";
    String ENDORSEMENT_KEY = "ENDORSEMENT_KEY";

    @NotNull
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @StringLength(255)
    String getEndorserKey();

    void setEndorserKey(String endorserKey);

    @NotNull
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    /** {@code answer} or {@code page}. */
    @NotNull
    @StringLength(16)
    String getEvidenceKind();

    void setEvidenceKind(String evidenceKind);

    @NotNull
    long getEvidenceId();

    void setEvidenceId(long evidenceId);

    /** The evidence's community: readers who cannot see it do not see the endorsement either. */
    @NotNull
    int getCommunityId();

    void setCommunityId(int communityId);

    /** When it was given or last renewed; its weight fades from then. */
    @NotNull
    Date getEndorsedAt();

    void setEndorsedAt(Date endorsedAt);

    @NotNull
    @Unique
    @StringLength(450)
    String getEndorsementKey();

    void setEndorsementKey(String endorsementKey);
}

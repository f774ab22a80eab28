package org.guildhall.expertise.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The evidence table as {@link ExpertiseSumsUpgradeTask} (model version 2) knows it: only the columns it reads,
 * declared exactly as {@code EvidenceEntity} declares them. A copy of its own, so that later changes to
 * {@code EvidenceEntity} cannot change what this task does.
 */
@Table("ExpertEvidence")
@Preload
public interface EvidenceRowsVersion2 extends Entity {

    String PERSON_KEY = "PERSON_KEY";

    @NotNull
    @StringLength(255)
    String getPersonKey();

    @NotNull
    @StringLength(40)
    String getTopic();

    @NotNull
    int getCommunityId();

    @NotNull
    @StringLength(16)
    String getKind();

    @NotNull
    long getPostId();

    @NotNull
    double getPoints();

    @NotNull
    Date getOccurredAt();
}

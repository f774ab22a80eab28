package org.guildhall.qa.importer.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * One run of a Stack Exchange import into a community, with its progress. Table {@code AO_<hash>_IMPORT_RUN}. The
 * node running the import updates it after every batch, so any node can show the progress.
 */
@Table("ImportRun")
@Preload
public interface ImportRunEntity extends Entity {

    String ID = "ID";
    String COMMUNITY_ID = "COMMUNITY_ID";
    String SITE = "SITE";
    String RUN_STATE = "RUN_STATE";
    String REQUESTED_BY = "REQUESTED_BY";
    String PROGRESS = "PROGRESS";
    String ERROR_MESSAGE = "ERROR_MESSAGE";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";
    String FINISHED_AT = "FINISHED_AT";

    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    /** e.g. {@code coffee.stackexchange.com}. */
    @NotNull
    @StringLength(255)
    String getSite();

    void setSite(String site);

    /** {@code queued}, {@code running}, {@code succeeded} or {@code failed}. */
    @NotNull
    @StringLength(16)
    String getRunState();

    void setRunState(String state);

    /** The user key of the system administrator who started it; null for the workbench's demo import. */
    @StringLength(255)
    String getRequestedBy();

    void setRequestedBy(String requestedBy);

    /** Rows read and written per dump file, as JSON ({@code {"Posts.xml":{"read":…,"written":…},…}}). */
    @StringLength(StringLength.UNLIMITED)
    String getProgress();

    void setProgress(String progress);

    @StringLength(StringLength.UNLIMITED)
    String getErrorMessage();

    void setErrorMessage(String errorMessage);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);

    Date getFinishedAt();

    void setFinishedAt(Date finishedAt);
}

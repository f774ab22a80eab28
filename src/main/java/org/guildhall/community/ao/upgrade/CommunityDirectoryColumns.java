package org.guildhall.community.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/**
 * The community table as {@link DirectoryColumnsUpgradeTask} (model version 1) knows it: only the columns it reads
 * and fills, declared exactly as {@code CommunityEntity} declares them. A copy of its own, so that later changes to
 * {@code CommunityEntity} cannot change what this task does.
 */
@Table("Community")
@Preload
public interface CommunityDirectoryColumns extends Entity {

    String SEARCH_TEXT = "SEARCH_TEXT";
    String LAST_ACTIVITY_AT = "LAST_ACTIVITY_AT";

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @Indexed
    Date getLastActivityAt();

    void setLastActivityAt(Date lastActivityAt);

    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);
}

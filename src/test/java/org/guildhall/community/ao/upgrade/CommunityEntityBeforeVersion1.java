package org.guildhall.community.ao.upgrade;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * The community table as releases before model version 1 made it (the entity as of commit c05b2f1^): no
 * {@code SEARCH_TEXT}, no {@code LAST_ACTIVITY_AT}. Kept to build that schema in upgrade tests.
 */
@Table("Community")
@Preload
public interface CommunityEntityBeforeVersion1 extends Entity {

    String ID = "ID";
    String SPACE_KEY = "SPACE_KEY";
    String NAME = "NAME";
    String SORT_NAME = "SORT_NAME";
    String DESCRIPTION = "DESCRIPTION";
    String VISIBILITY = "VISIBILITY";
    String MEMBER_COUNT = "MEMBER_COUNT";
    String ENABLED = "ENABLED";
    String CREATED_AT = "CREATED_AT";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(255)
    String getName();

    void setName(String name);

    /** Lower-cased name: the directory's sort key (with ID as tie-breaker for keyset paging). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getSortName();

    void setSortName(String sortName);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(32)
    String getVisibility();

    void setVisibility(String visibility);

    @NotNull
    @Default("0")
    int getMemberCount();

    void setMemberCount(int memberCount);

    @NotNull
    @Default("true")
    boolean isEnabled();

    void setEnabled(boolean enabled);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}

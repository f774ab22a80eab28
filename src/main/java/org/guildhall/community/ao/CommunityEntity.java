package org.guildhall.community.ao;

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
 * A Confluence space that a space admin has turned into a community. Table {@code AO_<hash>_COMMUNITY}.
 * Only {@link CommunityDao} uses it.
 */
@Table("Community")
@Preload
public interface CommunityEntity extends Entity {

    /**
     * The table's name as the Active Objects plugin computes it for the namespace {@code org.guildhall.confluence}
     * ({@code AO_} + the last six hex digits of its MD5 + {@code _COMMUNITY}), for the few statements AO cannot
     * express; the DAO tests on every database prove it is the table AO made.
     */
    String TABLE = "AO_A368F0_COMMUNITY";
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
    String LAST_ACTIVITY_AT = "LAST_ACTIVITY_AT";
    String SEARCH_TEXT = "SEARCH_TEXT";

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
    @Indexed
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

    /**
     * When something last happened in the community: its creation, then whatever later features record. The
     * directory's "activity" order. Written on every insert; the column allows null only so that rows written before
     * it existed survive the migration (read as the creation time).
     */
    @Indexed
    Date getLastActivityAt();

    void setLastActivityAt(Date lastActivityAt);

    /**
     * Lower-cased name and description, what directory searches match with {@code LIKE}: lower-casing in Java keeps
     * the search case-insensitive in the same way on every database, without functions on columns in SQL.
     */
    @StringLength(StringLength.UNLIMITED)
    String getSearchText();

    void setSearchText(String searchText);
}

package org.guildhall.qa.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

import java.util.Date;

/**
 * A known topic: one that questions may carry. Table {@code AO_<hash>_TOPIC}. Topics become known when a community
 * lists them in its settings or an import brings them (Stack Exchange tags, with their descriptions).
 */
@Table("Topic")
@Preload
public interface TopicEntity extends Entity {

    String ID = "ID";
    String NAME = "NAME";
    String DESCRIPTION = "DESCRIPTION";
    String CREATED_AT = "CREATED_AT";

    /** Normalised (see {@code org.guildhall.community.Topics}). */
    @NotNull
    @Unique
    @StringLength(40)
    String getName();

    void setName(String name);

    /** Plain text. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}

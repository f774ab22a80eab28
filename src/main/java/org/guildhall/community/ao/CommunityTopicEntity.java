package org.guildhall.community.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One topic a community covers. Table {@code AO_<hash>_COMMUNITY_TOPIC}. Only {@link CommunityDao} uses it.
 */
@Table("CommunityTopic")
@Preload
public interface CommunityTopicEntity extends Entity {

    String COMMUNITY_ID = "COMMUNITY_ID";
    String TOPIC = "TOPIC";
    String COMMUNITY_AND_TOPIC = "COMMUNITY_AND_TOPIC";

    /**
     * The {@link CommunityEntity} id. A plain column rather than a foreign key: communities are never deleted (only
     * turned off), and without the constraint, tests and tools that empty the community table need not know about
     * this one.
     */
    @NotNull
    @Indexed
    int getCommunityId();

    void setCommunityId(int communityId);

    /** Normalised: lower case, letters, digits and hyphens, 1–40 characters. */
    @NotNull
    @Indexed
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    /**
     * {@code <community id>:<topic>}. Active Objects has no unique constraint over two columns, so this column makes
     * the database itself refuse a community holding a topic twice.
     */
    @NotNull
    @Unique
    @StringLength(64)
    String getCommunityAndTopic();

    void setCommunityAndTopic(String communityAndTopic);
}

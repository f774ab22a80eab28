package org.guildhall.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.Query;
import org.guildhall.community.Community;
import org.guildhall.community.CommunityNames;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.Visibility;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.community.ao.CommunityEntity.CREATED_AT;
import static org.guildhall.community.ao.CommunityEntity.DESCRIPTION;
import static org.guildhall.community.ao.CommunityEntity.ENABLED;
import static org.guildhall.community.ao.CommunityEntity.ID;
import static org.guildhall.community.ao.CommunityEntity.MEMBER_COUNT;
import static org.guildhall.community.ao.CommunityEntity.NAME;
import static org.guildhall.community.ao.CommunityEntity.SORT_NAME;
import static org.guildhall.community.ao.CommunityEntity.SPACE_KEY;
import static org.guildhall.community.ao.CommunityEntity.UPDATED_AT;
import static org.guildhall.community.ao.CommunityEntity.VISIBILITY;

/**
 * The only code that reads and writes the community table. Returns {@link Community} records, never entities.
 */
@Component
public class CommunityDao {

    private final ActiveObjects ao;

    public CommunityDao(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** @return the community in that space, enabled or not */
    public Optional<Community> findBySpaceKey(String spaceKey) {
        return Arrays.stream(ao.find(CommunityEntity.class, Query.select().where(SPACE_KEY + " = ?", spaceKey)))
                .findFirst()
                .map(CommunityDao::toRecord);
    }

    /**
     * @param after the position to continue after, or empty for the first page
     * @return up to {@code limit} enabled communities in directory order (sort name, then id)
     */
    public List<Community> findEnabledAfter(Optional<DirectoryPosition> after, int limit) {
        Query query = after
                .map(position -> Query.select().where(
                        ENABLED + " = ? AND (" + SORT_NAME + " > ? OR (" + SORT_NAME + " = ? AND " + ID + " > ?))",
                        Boolean.TRUE, position.sortName(), position.sortName(), position.id()))
                .orElseGet(() -> Query.select().where(ENABLED + " = ?", Boolean.TRUE))
                .order(SORT_NAME + " ASC, " + ID + " ASC")
                .limit(limit);
        return Arrays.stream(ao.find(CommunityEntity.class, query)).map(CommunityDao::toRecord).toList();
    }

    /** @return the number of enabled communities */
    public int countEnabled() {
        return ao.count(CommunityEntity.class, Query.select().where(ENABLED + " = ?", Boolean.TRUE));
    }

    /**
     * Turns the space into a community with these settings, or updates the existing one (and enables it again).
     * Membership counts and creation time of an existing community are kept. Call inside a transaction.
     */
    public Community save(String spaceKey, CommunitySettings settings, Instant now) {
        CommunityEntity[] existing = ao.find(CommunityEntity.class, Query.select().where(SPACE_KEY + " = ?", spaceKey));
        if (existing.length > 0) {
            CommunityEntity entity = existing[0];
            entity.setName(settings.name());
            entity.setSortName(CommunityNames.sortName(settings.name()));
            entity.setDescription(emptyToNull(settings.description()));
            entity.setVisibility(settings.visibility().name());
            entity.setEnabled(true);
            entity.setUpdatedAt(Date.from(now));
            entity.save();
            return toRecord(entity);
        }
        // The unique constraint on SPACE_KEY settles a race between two nodes creating the same community.
        Map<String, Object> row = new HashMap<>();
        row.put(SPACE_KEY, spaceKey);
        row.put(NAME, settings.name());
        row.put(SORT_NAME, CommunityNames.sortName(settings.name()));
        row.put(DESCRIPTION, emptyToNull(settings.description()));
        row.put(VISIBILITY, settings.visibility().name());
        row.put(MEMBER_COUNT, 0);
        row.put(ENABLED, Boolean.TRUE);
        row.put(CREATED_AT, Date.from(now));
        row.put(UPDATED_AT, Date.from(now));
        return toRecord(ao.create(CommunityEntity.class, row));
    }

    /**
     * Turns a community off; its data is kept so that turning it on again restores it.
     *
     * @return true when there was an enabled community in that space
     */
    public boolean disable(String spaceKey, Instant now) {
        CommunityEntity[] found = ao.find(CommunityEntity.class,
                Query.select().where(SPACE_KEY + " = ? AND " + ENABLED + " = ?", spaceKey, Boolean.TRUE));
        for (CommunityEntity entity : found) {
            entity.setEnabled(false);
            entity.setUpdatedAt(Date.from(now));
            entity.save();
        }
        return found.length > 0;
    }

    /** Bulk insert for data generators (benchmark, demo data): one statement batch, no per-row round trips. */
    public void insertAll(List<Community> communities) {
        List<Map<String, Object>> rows = communities.stream().map(community -> {
            Map<String, Object> row = new HashMap<>();
            row.put(SPACE_KEY, community.spaceKey());
            row.put(NAME, community.name());
            row.put(SORT_NAME, community.sortName());
            row.put(DESCRIPTION, emptyToNull(community.description()));
            row.put(VISIBILITY, community.visibility().name());
            row.put(MEMBER_COUNT, community.memberCount());
            row.put(ENABLED, community.enabled());
            row.put(CREATED_AT, Date.from(community.createdAt()));
            row.put(UPDATED_AT, Date.from(community.updatedAt()));
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            ao.create(CommunityEntity.class, rows);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Community toRecord(CommunityEntity entity) {
        return new Community(
                entity.getID(),
                entity.getSpaceKey(),
                entity.getName(),
                entity.getDescription() == null ? "" : entity.getDescription(),
                Visibility.parse(entity.getVisibility()).orElseThrow(() -> new IllegalStateException(
                        "Unknown visibility " + entity.getVisibility() + " of community " + entity.getSpaceKey())),
                entity.getMemberCount(),
                entity.isEnabled(),
                entity.getCreatedAt().toInstant(),
                entity.getUpdatedAt().toInstant());
    }
}

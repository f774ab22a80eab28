package org.guildhall.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettingsBuilder;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Query;
import org.guildhall.community.Community;
import org.guildhall.community.CommunityNames;
import org.guildhall.community.CommunitySettings;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.DirectorySearch;
import org.guildhall.community.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.guildhall.community.ao.CommunityEntity.CREATED_AT;
import static org.guildhall.community.ao.CommunityEntity.DESCRIPTION;
import static org.guildhall.community.ao.CommunityEntity.ENABLED;
import static org.guildhall.community.ao.CommunityEntity.ID;
import static org.guildhall.community.ao.CommunityEntity.LAST_ACTIVITY_AT;
import static org.guildhall.community.ao.CommunityEntity.MEMBER_COUNT;
import static org.guildhall.community.ao.CommunityEntity.NAME;
import static org.guildhall.community.ao.CommunityEntity.SEARCH_TEXT;
import static org.guildhall.community.ao.CommunityEntity.SORT_NAME;
import static org.guildhall.community.ao.CommunityEntity.SPACE_KEY;
import static org.guildhall.community.ao.CommunityEntity.UPDATED_AT;
import static org.guildhall.community.ao.CommunityEntity.VISIBILITY;

/**
 * The only code that reads and writes the community and community topic tables. Returns {@link Community} records
 * (with their topics), never entities.
 */
@Component
public class CommunityDao {

    /** Ids per {@code IN (...)}: well inside every database's limit on bind parameters. */
    private static final int IN_LIST_SIZE = 500;

    /** Cluster-wide cache of {@link #enabledSnapshot()}: one entry, dropped on every node when a community changes. */
    static final String SNAPSHOT_CACHE = "org.guildhall.community.enabled-communities";
    private static final String SNAPSHOT_KEY = "enabled";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    /** Null when constructed without a cache manager: every snapshot is then read from the database. */
    private final Cache<String, List<Community>> snapshot;

    /** Without a cache: {@link #enabledSnapshot()} reads the database each time (data generators, DAO tests). */
    public CommunityDao(ActiveObjects ao, TransactionalExecutorFactory sql) {
        this(ao, sql, null);
    }

    @Autowired
    public CommunityDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql,
                        @ComponentImport CacheManager caches) {
        this.ao = ao;
        this.sql = sql;
        // Remote and replicated by invalidation, as Data Center wants: values stay on the node that read them, a
        // change anywhere drops the entry everywhere. The snapshot holds every enabled community (5,000 are about a
        // megabyte), so one entry is all it needs.
        this.snapshot = caches == null ? null : caches.getCache(SNAPSHOT_CACHE, key -> findAllEnabled(),
                new CacheSettingsBuilder().remote().replicateViaInvalidation().maxEntries(1).build());
    }

    /**
     * Every enabled community with its topics, as last read by this node: what lists and suggestions filter by on every
     * request, without reading the 5,000 communities (and their topics) each time. Dropped cluster-wide by
     * {@link #save}, {@link #disable}, {@link #insertAll} and {@link #forgetSnapshot()}, so enabled state, visibility,
     * names and topics are current; member counts and last activity change without dropping it and may lag — read
     * those from {@link #findBySpaceKey} or the directory.
     */
    public List<Community> enabledSnapshot() {
        return snapshot == null ? findAllEnabled() : snapshot.get(SNAPSHOT_KEY);
    }

    /**
     * Drops the snapshot on every node. Writers call it after their transaction committed too: a reader on another
     * thread may have refilled it from the not yet committed state between the write and the commit.
     */
    public void forgetSnapshot() {
        if (snapshot != null) {
            snapshot.remove(SNAPSHOT_KEY);
        }
    }

    /** @return the community in that space, enabled or not */
    public Optional<Community> findBySpaceKey(String spaceKey) {
        return Arrays.stream(ao.find(CommunityEntity.class, Query.select().where(SPACE_KEY + " = ?", spaceKey)))
                .findFirst()
                .map(this::toRecordWithTopics);
    }

    /** @return the community with that id, enabled or not */
    public Optional<Community> findById(long id) {
        return Arrays.stream(ao.find(CommunityEntity.class, Query.select().where(ID + " = ?", (int) id)))
                .findFirst()
                .map(this::toRecordWithTopics);
    }

    /** @return every enabled community with its topics, in id order (two statements, whatever their number) */
    public List<Community> findAllEnabled() {
        return withTopicsInOneQuery(Arrays.asList(ao.find(CommunityEntity.class,
                Query.select().where(ENABLED + " = ?", Boolean.TRUE).order(ID + " ASC"))));
    }

    /** @return the communities with these ids, enabled or not, by id (two statements for up to 500 ids) */
    public Map<Long, Community> findByIds(Collection<Long> ids) {
        Map<Long, Community> found = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += IN_LIST_SIZE) {
            List<Long> slice = all.subList(start, Math.min(all.size(), start + IN_LIST_SIZE));
            for (Community community : withTopics(Arrays.asList(ao.find(CommunityEntity.class, Query.select()
                    .where(ID + " IN (" + placeholders(slice.size()) + ")",
                            slice.stream().map(Long::intValue).toArray()))))) {
                found.put(community.id(), community);
            }
        }
        return found;
    }

    /**
     * @param after the position to continue after, or empty for the first page
     * @return up to {@code limit} enabled communities in directory order (sort name, then id)
     */
    public List<Community> findEnabledAfter(Optional<DirectoryPosition> after, int limit) {
        return findEnabled(DirectorySearch.ALL, after, limit);
    }

    /**
     * Keyset paging over the enabled communities that match the search, in its sort order. Never an offset: each page
     * starts right after the position the last one ended at, so deep pages cost what the first one does.
     *
     * @param after the position to continue after (of a community returned for the same search), or empty
     * @return up to {@code limit} matching communities with their topics
     */
    public List<Community> findEnabled(DirectorySearch search, Optional<DirectoryPosition> after, int limit) {
        return withTopics(Arrays.asList(ao.find(CommunityEntity.class, DirectoryQuery.of(search, after, limit))));
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
        forgetSnapshot();
        CommunityEntity[] existing = ao.find(CommunityEntity.class, Query.select().where(SPACE_KEY + " = ?", spaceKey));
        if (existing.length > 0) {
            CommunityEntity entity = existing[0];
            entity.setName(settings.name());
            entity.setSortName(CommunityNames.sortName(settings.name()));
            entity.setDescription(emptyToNull(settings.description()));
            entity.setVisibility(settings.visibility().name());
            entity.setSearchText(searchText(settings.name(), settings.description()));
            entity.setEnabled(true);
            entity.setUpdatedAt(Date.from(now));
            entity.save();
            settings.topics().ifPresent(topics -> replaceTopics(entity, topics));
            return toRecordWithTopics(entity);
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
        row.put(LAST_ACTIVITY_AT, Date.from(now));
        row.put(SEARCH_TEXT, searchText(settings.name(), settings.description()));
        CommunityEntity created = ao.create(CommunityEntity.class, row);
        settings.topics().ifPresent(topics -> replaceTopics(created, topics));
        return toRecordWithTopics(created);
    }

    /**
     * Moves the community's last activity forward to {@code at}; an older time leaves it as it is, so features that
     * record activity in any order cannot make a community look less active. One conditional UPDATE, atomic on every
     * database: two nodes recording at once cannot move it back (a read, compare and save could). Active Objects has
     * no UPDATE statement, so this one goes through SAL's executor, in the caller's transaction when there is one.
     */
    public void recordActivity(String spaceKey, Instant at) {
        sql.createExecutor().execute(connection -> {
            try {
                String quote = connection.getMetaData().getIdentifierQuoteString().trim();
                String lastActivity = quote + LAST_ACTIVITY_AT + quote;
                try (PreparedStatement update = connection.prepareStatement("UPDATE " + quote + CommunityEntity.TABLE
                        + quote + " SET " + lastActivity + " = ? WHERE " + quote + SPACE_KEY + quote + " = ? AND ("
                        + lastActivity + " IS NULL OR " + lastActivity + " < ?)")) {
                    Timestamp time = Timestamp.from(at);
                    update.setTimestamp(1, time);
                    update.setString(2, spaceKey);
                    update.setTimestamp(3, time);
                    return update.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record activity in community " + spaceKey, e);
            }
        });
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
        forgetSnapshot();
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
            row.put(LAST_ACTIVITY_AT, Date.from(community.lastActivityAt()));
            row.put(SEARCH_TEXT, searchText(community.name(), community.description()));
            return row;
        }).toList();
        if (!rows.isEmpty()) {
            ao.create(CommunityEntity.class, rows);
            insertTopics(communities);
        }
        forgetSnapshot();
    }

    /** Topics of bulk-inserted communities: their ids are looked up by space key, a slice at a time. */
    private void insertTopics(List<Community> communities) {
        List<Community> withTopics = communities.stream().filter(community -> !community.topics().isEmpty()).toList();
        for (int start = 0; start < withTopics.size(); start += IN_LIST_SIZE) {
            List<Community> slice = withTopics.subList(start, Math.min(withTopics.size(), start + IN_LIST_SIZE));
            Map<String, Integer> ids = Arrays.stream(ao.find(CommunityEntity.class, Query.select()
                            .where(SPACE_KEY + " IN (" + placeholders(slice.size()) + ")",
                                    slice.stream().map(Community::spaceKey).toArray())))
                    .collect(Collectors.toMap(CommunityEntity::getSpaceKey, CommunityEntity::getID));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Community community : slice) {
                for (String topic : community.topics()) {
                    rows.add(topicRow(ids.get(community.spaceKey()), topic));
                }
            }
            ao.create(CommunityTopicEntity.class, rows);
        }
    }

    /** Replaces the community's topics with these: rows no longer wanted go, missing ones are added. */
    private void replaceTopics(CommunityEntity community, List<String> topics) {
        List<String> kept = new ArrayList<>();
        for (CommunityTopicEntity existing : ao.find(CommunityTopicEntity.class, Query.select()
                .where(CommunityTopicEntity.COMMUNITY_ID + " = ?", community.getID()))) {
            if (topics.contains(existing.getTopic())) {
                kept.add(existing.getTopic());
            } else {
                ao.delete(existing);
            }
        }
        List<Map<String, Object>> rows = topics.stream()
                .filter(topic -> !kept.contains(topic))
                .map(topic -> topicRow(community.getID(), topic))
                .toList();
        if (!rows.isEmpty()) {
            ao.create(CommunityTopicEntity.class, rows);
        }
    }

    private static Map<String, Object> topicRow(int communityId, String topic) {
        Map<String, Object> row = new HashMap<>();
        row.put(CommunityTopicEntity.COMMUNITY_ID, communityId);
        row.put(CommunityTopicEntity.TOPIC, topic);
        row.put(CommunityTopicEntity.COMMUNITY_AND_TOPIC, communityId + ":" + topic);
        return row;
    }

    /** One query for the topics of a whole page, in the order they were given. */
    private List<Community> withTopics(List<CommunityEntity> entities) {
        Map<Integer, List<String>> topics = new HashMap<>();
        for (int start = 0; start < entities.size(); start += IN_LIST_SIZE) {
            List<CommunityEntity> slice = entities.subList(start, Math.min(entities.size(), start + IN_LIST_SIZE));
            CommunityTopicEntity[] rows = ao.find(CommunityTopicEntity.class, Query.select()
                    .where(CommunityTopicEntity.COMMUNITY_ID + " IN (" + placeholders(slice.size()) + ")",
                            slice.stream().map(CommunityEntity::getID).toArray())
                    .order(ID + " ASC"));
            for (CommunityTopicEntity row : rows) {
                topics.computeIfAbsent(row.getCommunityId(), id -> new ArrayList<>()).add(row.getTopic());
            }
        }
        return entities.stream()
                .map(entity -> toRecord(entity, topics.getOrDefault(entity.getID(), List.of())))
                .toList();
    }

    /** Topics of many communities with one statement that reads every community topic row (a small table). */
    private List<Community> withTopicsInOneQuery(List<CommunityEntity> entities) {
        if (entities.size() <= IN_LIST_SIZE) {
            return withTopics(entities);
        }
        Map<Integer, List<String>> topics = new HashMap<>();
        for (CommunityTopicEntity row : ao.find(CommunityTopicEntity.class, Query.select().order(ID + " ASC"))) {
            topics.computeIfAbsent(row.getCommunityId(), id -> new ArrayList<>()).add(row.getTopic());
        }
        return entities.stream()
                .map(entity -> toRecord(entity, topics.getOrDefault(entity.getID(), List.of())))
                .toList();
    }

    private Community toRecordWithTopics(CommunityEntity entity) {
        return withTopics(List.of(entity)).get(0);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** @return what directory searches match: the lower-cased name and description (also filled by upgrade task 1) */
    public static String searchText(String name, String description) {
        return (name + "\n" + (description == null ? "" : description)).toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Community toRecord(CommunityEntity entity, List<String> topics) {
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
                entity.getUpdatedAt().toInstant(),
                topics,
                (entity.getLastActivityAt() == null ? entity.getCreatedAt() : entity.getLastActivityAt()).toInstant());
    }
}

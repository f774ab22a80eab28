package org.guildhall.activity.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.activity.ActivityEntry;
import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.NewActivity;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamPosition;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.activity.ao.ActivityEntity.ACTOR_KEY;
import static org.guildhall.activity.ao.ActivityEntity.COMMUNITY_ID;
import static org.guildhall.activity.ao.ActivityEntity.CONTENT_ID;
import static org.guildhall.activity.ao.ActivityEntity.EXCERPT;
import static org.guildhall.activity.ao.ActivityEntity.GROUP_KEY;
import static org.guildhall.activity.ao.ActivityEntity.ID;
import static org.guildhall.activity.ao.ActivityEntity.KIND;
import static org.guildhall.activity.ao.ActivityEntity.OCCURRED_AT;
import static org.guildhall.activity.ao.ActivityEntity.QUESTION_ID;
import static org.guildhall.activity.ao.ActivityEntity.TARGET_ID;
import static org.guildhall.activity.ao.ActivityEntity.TARGET_TYPE;
import static org.guildhall.activity.ao.ActivityEntity.TITLE;
import static org.guildhall.activity.ao.ActivityEntity.URL;

/**
 * The only code that reads and writes activity entries. Reading is one SELECT per call that returns at most the
 * number of rows asked for (see {@link StreamSql}); it goes through SAL's executor because Active Objects cannot
 * express an {@code EXISTS} subquery or read a page without loading entities.
 */
@Component
public class ActivityDao {

    private static final String SETTINGS_KEY = "default";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public ActivityDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /** Records one entry with its topics; call inside a transaction. @return the entry's id */
    public long insert(NewActivity activity) {
        ActivityEntity created = ao.create(ActivityEntity.class, row(activity));
        List<Map<String, Object>> topics = new ArrayList<>();
        for (String topic : new LinkedHashSet<>(activity.topics())) {
            Map<String, Object> topicRow = new HashMap<>();
            topicRow.put(ActivityTopicEntity.ACTIVITY_ID, created.getID());
            topicRow.put(ActivityTopicEntity.TOPIC, topic);
            topics.add(topicRow);
        }
        if (!topics.isEmpty()) {
            ao.create(ActivityTopicEntity.class, topics);
        }
        return created.getID();
    }

    /**
     * Bulk insert for data generators (benchmark): one batch, no per-row round trips. Topics are not stored.
     */
    public void insertAll(List<NewActivity> activities) {
        if (!activities.isEmpty()) {
            ao.create(ActivityEntity.class, activities.stream().map(ActivityDao::row).toList());
        }
    }

    /**
     * Reads the next entries of a stream, newest first: one statement that returns at most {@code rows} rows.
     *
     * @param after the position of the last entry already read, or empty for the newest
     */
    public List<ActivityEntry> read(StreamFilter filter, Optional<StreamPosition> after, int rows) {
        if (filter.matchesNothing() || rows < 1) {
            return List.of();
        }
        return sql.createExecutor().execute(connection -> {
            try {
                String quote = connection.getMetaData().getIdentifierQuoteString().trim();
                StreamSql query = StreamSql.of(filter, after, rows, quote,
                        connection.getMetaData().getDatabaseProductName());
                List<Array> arrays = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(query.sql)) {
                    for (int i = 0; i < query.parameters.size(); i++) {
                        if (query.parameters.get(i) instanceof StreamSql.ArrayParameter list) {
                            Array array = connection.createArrayOf(list.elementType(), list.values().toArray());
                            arrays.add(array);
                            statement.setArray(i + 1, array);
                        } else {
                            statement.setObject(i + 1, query.parameters.get(i));
                        }
                    }
                    List<ActivityEntry> entries = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            entries.add(entry(result));
                        }
                    }
                    return entries;
                } finally {
                    for (Array array : arrays) {
                        array.free();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the activity stream", e);
            }
        });
    }

    /**
     * Removes up to {@code batch} of the oldest entries that happened before {@code cutoff}, with their topic rows:
     * three statements, however many entries are old, so a purge never holds many rows or locks at once.
     *
     * @return how many entries were removed (fewer than {@code batch} when none older are left)
     */
    public int purgeBatch(Instant cutoff, int batch) {
        ActivityEntity[] old = ao.find(ActivityEntity.class, net.java.ao.Query.select(ID)
                .where(OCCURRED_AT + " < ?", Date.from(cutoff)).order(OCCURRED_AT + " ASC").limit(batch));
        if (old.length == 0) {
            return 0;
        }
        Object[] ids = Arrays.stream(old).map(entity -> (Object) entity.getID()).toArray();
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.length, "?")) + ")";
        ao.deleteWithSQL(ActivityTopicEntity.class, ActivityTopicEntity.ACTIVITY_ID + in, ids);
        return ao.deleteWithSQL(ActivityEntity.class, ID + in, ids);
    }

    /** @return the retention in days system administrators set, or empty for the default */
    public Optional<Integer> retentionDays() {
        return findSettings().map(ActivitySettingsEntity::getRetentionDays);
    }

    /** Sets the retention. Call inside a transaction that retries on conflict (two first saves both insert). */
    public void saveRetentionDays(int days) {
        Optional<ActivitySettingsEntity> found = findSettings();
        if (found.isPresent()) {
            found.get().setRetentionDays(days);
            found.get().save();
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(ActivitySettingsEntity.SETTINGS_KEY, SETTINGS_KEY);
        row.put(ActivitySettingsEntity.RETENTION_DAYS, days);
        ao.create(ActivitySettingsEntity.class, row);
    }

    private Optional<ActivitySettingsEntity> findSettings() {
        ActivitySettingsEntity[] found = ao.find(ActivitySettingsEntity.class, net.java.ao.Query.select()
                .where(ActivitySettingsEntity.SETTINGS_KEY + " = ?", SETTINGS_KEY));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    /** @return how many entries there are in all (tests and benchmarks) */
    public int count() {
        return ao.count(ActivityEntity.class);
    }

    private static ActivityEntry entry(ResultSet row) throws SQLException {
        Timestamp occurredAt = row.getTimestamp(OCCURRED_AT);
        return new ActivityEntry(row.getInt(ID), row.getInt(COMMUNITY_ID),
                ActivityKind.parse(row.getString(KIND)).orElse(ActivityKind.PAGE_UPDATED), row.getString(ACTOR_KEY),
                row.getString(TARGET_TYPE), row.getString(TARGET_ID), nullableLong(row, QUESTION_ID),
                nullableLong(row, CONTENT_ID), nullToEmpty(row.getString(TITLE)),
                nullToEmpty(row.getString(EXCERPT)), nullToEmpty(row.getString(URL)), occurredAt.toInstant(),
                row.getString(GROUP_KEY));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Map<String, Object> row(NewActivity activity) {
        Map<String, Object> row = new HashMap<>();
        row.put(COMMUNITY_ID, (int) activity.communityId());
        row.put(KIND, activity.kind().id());
        row.put(ACTOR_KEY, activity.actorKey());
        row.put(TARGET_TYPE, activity.targetType());
        row.put(TARGET_ID, activity.targetId());
        row.put(QUESTION_ID, activity.questionId());
        row.put(CONTENT_ID, activity.contentId());
        row.put(TITLE, emptyToNull(activity.title()));
        row.put(EXCERPT, emptyToNull(activity.excerpt()));
        row.put(URL, emptyToNull(activity.url()));
        row.put(OCCURRED_AT, Date.from(activity.occurredAt()));
        row.put(GROUP_KEY, activity.groupKey());
        return row;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

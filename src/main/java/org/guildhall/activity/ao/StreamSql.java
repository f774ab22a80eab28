package org.guildhall.activity.ao;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.StreamFilter;
import org.guildhall.activity.StreamPosition;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
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
 * The one SELECT of a stream page. Every filter is a condition of the query, the reader's communities included
 * (long lists are split into several {@code IN} lists of at most {@value #IN_LIST_SIZE}, ORed, still one
 * statement), so the database returns exactly the next {@code rows} entries the reader may see and nothing more.
 * Keyset paging: entries strictly older than the previous page's last {@code (OCCURRED_AT, ID)}, never an offset,
 * with the time as an index range, so a page deep in the stream costs what the first page costs.
 */
final class StreamSql {

    /** Values per {@code IN (...)}: within every database's limits (Oracle allows 1,000). */
    static final int IN_LIST_SIZE = 500;

    static final List<String> COLUMNS = List.of(ID, COMMUNITY_ID, KIND, ACTOR_KEY, TARGET_TYPE, TARGET_ID,
            QUESTION_ID, CONTENT_ID, TITLE, EXCERPT, URL, OCCURRED_AT, GROUP_KEY);

    final String sql;
    final List<Object> parameters;

    private StreamSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * @param quote        the database's identifier quote (Active Objects creates quoted upper-case names)
     * @param productName  the JDBC database product name, which decides how the row limit is written
     */
    static StreamSql of(StreamFilter filter, Optional<StreamPosition> after, int rows, String quote,
                        String productName) {
        Names n = new Names(quote);
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        where.append(in(n.a(COMMUNITY_ID), ints(filter.sortedCommunityIds()), parameters));
        if (!filter.actorKeys().isEmpty()) {
            where.append(" AND ").append(in(n.a(ACTOR_KEY), sorted(filter.actorKeys()), parameters));
        }
        if (!filter.kinds().isEmpty()) {
            where.append(" AND ").append(in(n.a(KIND),
                    filter.kinds().stream().map(ActivityKind::id).sorted().map(Object.class::cast).toList(),
                    parameters));
        }
        if (!filter.topics().isEmpty()) {
            where.append(" AND ").append(topicExists(n, sorted(filter.topics()), parameters));
        }
        filter.following().ifPresent(followed -> {
            List<String> any = new ArrayList<>();
            if (!followed.communityIds().isEmpty()) {
                any.add(in(n.a(COMMUNITY_ID), ints(followed.communityIds().stream().sorted().toList()), parameters));
            }
            if (!followed.personKeys().isEmpty()) {
                any.add(in(n.a(ACTOR_KEY), sorted(followed.personKeys()), parameters));
            }
            if (!followed.questionIds().isEmpty()) {
                any.add(in(n.a(QUESTION_ID), followed.questionIds().stream().sorted().map(Object.class::cast)
                        .toList(), parameters));
            }
            if (!followed.topics().isEmpty()) {
                any.add(topicExists(n, sorted(followed.topics()), parameters));
            }
            where.append(" AND (").append(String.join(" OR ", any)).append(")");
        });
        after.ifPresent(position -> {
            // (time, id) < (?, ?), written so that every database can start its index scan there: the first
            // condition is a plain range on the index's leading column; the OR alone would be a filter, and the
            // database would read (and drop) every newer row first — the page 100 pages deep read 100 pages.
            Timestamp time = new Timestamp(position.occurredAtMillis());
            where.append(" AND ").append(n.a(OCCURRED_AT)).append(" <= ? AND (").append(n.a(OCCURRED_AT))
                    .append(" < ? OR ").append(n.a(ID)).append(" < ?)");
            parameters.add(time);
            parameters.add(time);
            parameters.add((int) position.id());
        });
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(String.join(", ", COLUMNS.stream().map(n::a).toList()));
        sql.append(" FROM ").append(n.quoted(ActivityEntity.TABLE)).append(" a WHERE ").append(where);
        sql.append(" ORDER BY ").append(n.a(OCCURRED_AT)).append(" DESC, ").append(n.a(ID)).append(" DESC");
        String product = productName == null ? "" : productName.toLowerCase(java.util.Locale.ROOT);
        if (product.contains("oracle") || product.contains("microsoft")) {
            sql.append(" OFFSET 0 ROWS FETCH NEXT ").append(rows).append(" ROWS ONLY");
        } else {
            sql.append(" LIMIT ").append(rows);
        }
        return new StreamSql(sql.toString(), parameters);
    }

    private static String topicExists(Names n, List<Object> topics, List<Object> parameters) {
        return "EXISTS (SELECT 1 FROM " + n.quoted(ActivityTopicEntity.TABLE) + " t WHERE "
                + n.t(ActivityTopicEntity.ACTIVITY_ID) + " = " + n.a(ID) + " AND "
                + in(n.t(ActivityTopicEntity.TOPIC), topics, parameters) + ")";
    }

    /** {@code column IN (?, …)}, or several such lists ORed when there are many values. */
    private static String in(String column, List<Object> values, List<Object> parameters) {
        List<String> lists = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_SIZE) {
            List<Object> slice = values.subList(start, Math.min(values.size(), start + IN_LIST_SIZE));
            lists.add(column + " IN (" + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")");
            parameters.addAll(slice);
        }
        return lists.size() == 1 ? lists.get(0) : "(" + String.join(" OR ", lists) + ")";
    }

    private static List<Object> ints(Collection<Long> ids) {
        return ids.stream().map(id -> (Object) id.intValue()).toList();
    }

    private static List<Object> sorted(Collection<String> values) {
        return values.stream().sorted().map(Object.class::cast).toList();
    }

    /** Quoted names with the table aliases {@code a} (entries) and {@code t} (topics). */
    private record Names(String quote) {

        String quoted(String name) {
            return quote + name + quote;
        }

        String a(String column) {
            return "a." + quoted(column);
        }

        String t(String column) {
            return "t." + quoted(column);
        }
    }
}

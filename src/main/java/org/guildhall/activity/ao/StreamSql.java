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
 * The one SELECT of a stream page. Every filter is a condition of the query, the reader's communities included, so
 * the database returns exactly the next {@code rows} entries the reader may see and nothing more. On PostgreSQL each
 * list of values is one array parameter ({@code column = ANY (?)}): a reader who sees 1,000 communities binds one
 * parameter, not 1,000, and every reader's page is the same statement text, which the driver and the server prepare
 * once. Elsewhere (H2, MariaDB) lists are {@code IN (?, …)}, long ones split into several lists of at most
 * {@value #IN_LIST_SIZE}, ORed, still one statement.
 * Keyset paging: entries strictly older than the previous page's last {@code (OCCURRED_AT, ID)}, never an offset,
 * with the time as an index range, so a page deep in the stream costs what the first page costs.
 */
final class StreamSql {

    /** Values per {@code IN (...)}: within every database's limits (Oracle allows 1,000). */
    static final int IN_LIST_SIZE = 500;

    /** Element types of the array parameters (PostgreSQL's names, as {@code createArrayOf} takes them). */
    private static final String INTEGER = "integer";
    private static final String BIGINT = "bigint";
    private static final String VARCHAR = "varchar";

    static final List<String> COLUMNS = List.of(ID, COMMUNITY_ID, KIND, ACTOR_KEY, TARGET_TYPE, TARGET_ID,
            QUESTION_ID, CONTENT_ID, TITLE, EXCERPT, URL, OCCURRED_AT, GROUP_KEY);

    final String sql;
    /** Values to bind in order; an {@link ArrayParameter} is bound as one SQL array. */
    final List<Object> parameters;

    /**
     * One array parameter.
     *
     * @param elementType the element type's name for {@link java.sql.Connection#createArrayOf}
     */
    record ArrayParameter(String elementType, List<Object> values) {
    }

    private StreamSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    /**
     * @param quote        the database's identifier quote (Active Objects creates quoted upper-case names)
     * @param productName  the JDBC database product name, which decides how the row limit and lists are written
     */
    static StreamSql of(StreamFilter filter, Optional<StreamPosition> after, int rows, String quote,
                        String productName) {
        String product = productName == null ? "" : productName.toLowerCase(java.util.Locale.ROOT);
        Lists lists = new Lists(product.contains("postgres"), new ArrayList<>());
        List<Object> parameters = lists.parameters();
        Names n = new Names(quote);
        StringBuilder where = new StringBuilder();
        where.append(lists.in(n.a(COMMUNITY_ID), INTEGER, ints(filter.sortedCommunityIds())));
        if (!filter.actorKeys().isEmpty()) {
            where.append(" AND ").append(lists.in(n.a(ACTOR_KEY), VARCHAR, sorted(filter.actorKeys())));
        }
        if (!filter.kinds().isEmpty()) {
            where.append(" AND ").append(lists.in(n.a(KIND), VARCHAR,
                    filter.kinds().stream().map(ActivityKind::id).sorted().map(Object.class::cast).toList()));
        }
        if (!filter.topics().isEmpty()) {
            where.append(" AND ").append(topicExists(n, sorted(filter.topics()), lists));
        }
        filter.following().ifPresent(followed -> {
            List<String> any = new ArrayList<>();
            if (!followed.communityIds().isEmpty()) {
                any.add(lists.in(n.a(COMMUNITY_ID), INTEGER, ints(followed.communityIds().stream().sorted().toList())));
            }
            if (!followed.personKeys().isEmpty()) {
                any.add(lists.in(n.a(ACTOR_KEY), VARCHAR, sorted(followed.personKeys())));
            }
            if (!followed.questionIds().isEmpty()) {
                any.add(lists.in(n.a(QUESTION_ID), BIGINT, followed.questionIds().stream().sorted()
                        .map(Object.class::cast).toList()));
            }
            if (!followed.topics().isEmpty()) {
                any.add(topicExists(n, sorted(followed.topics()), lists));
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
        sql.append(org.guildhall.platform.RowLimit.clause(product, rows));
        return new StreamSql(sql.toString(), parameters);
    }

    private static String topicExists(Names n, List<Object> topics, Lists lists) {
        return "EXISTS (SELECT 1 FROM " + n.quoted(ActivityTopicEntity.TABLE) + " t WHERE "
                + n.t(ActivityTopicEntity.ACTIVITY_ID) + " = " + n.a(ID) + " AND "
                + lists.in(n.t(ActivityTopicEntity.TOPIC), VARCHAR, topics) + ")";
    }

    /** Writes "column is one of these values" and collects the parameters, as arrays where the database has them. */
    private record Lists(boolean arrays, List<Object> parameters) {

        /**
         * @param elementType the column's SQL type, for the array
         * @return {@code column = ANY (?)} with one array parameter; or {@code column IN (?, …)}, several such lists
         *         ORed when there are many values
         */
        String in(String column, String elementType, List<Object> values) {
            if (arrays) {
                parameters.add(new ArrayParameter(elementType, List.copyOf(values)));
                return column + " = ANY (?)";
            }
            List<String> lists = new ArrayList<>();
            for (int start = 0; start < values.size(); start += IN_LIST_SIZE) {
                List<Object> slice = values.subList(start, Math.min(values.size(), start + IN_LIST_SIZE));
                lists.add(column + " IN (" + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")");
                parameters.addAll(slice);
            }
            return lists.size() == 1 ? lists.get(0) : "(" + String.join(" OR ", lists) + ")";
        }
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

package org.guildhall.community.ao;

import net.java.ao.Query;
import org.guildhall.community.DirectoryPosition;
import org.guildhall.community.DirectorySearch;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.guildhall.community.ao.CommunityEntity.ENABLED;
import static org.guildhall.community.ao.CommunityEntity.ID;
import static org.guildhall.community.ao.CommunityEntity.LAST_ACTIVITY_AT;
import static org.guildhall.community.ao.CommunityEntity.MEMBER_COUNT;
import static org.guildhall.community.ao.CommunityEntity.SEARCH_TEXT;
import static org.guildhall.community.ao.CommunityEntity.SORT_NAME;

/**
 * The directory's one query: enabled communities matching a {@link DirectorySearch}, after a keyset position, in the
 * search's order. The SQL text is assembled from the constant fragments below only; every value the reader typed
 * travels as a {@code ?} parameter.
 */
final class DirectoryQuery {

    private static final String COMMUNITY = "c";
    private static final String TOPIC = "t";
    /**
     * {@code !} rather than the backslash: a backslash literal is read differently by MariaDB (an escape inside
     * string literals) and PostgreSQL, while {@code ESCAPE '!'} means the same on every database.
     */
    private static final char LIKE_ESCAPE = '!';

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private DirectoryQuery() {
    }

    static Query of(DirectorySearch search, Optional<DirectoryPosition> after, int limit) {
        DirectoryQuery query = new DirectoryQuery();
        query.condition(column(ENABLED) + " = ?", Boolean.TRUE);
        if (!search.text().isEmpty()) {
            query.condition(column(SEARCH_TEXT) + " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", containing(search.text()));
        }
        search.topic().ifPresent(topic -> query.condition(TOPIC + "." + CommunityTopicEntity.TOPIC + " = ?", topic));
        after.ifPresent(position -> query.after(search, position));

        Query select = Query.select().alias(CommunityEntity.class, COMMUNITY);
        if (search.topic().isPresent()) {
            select = select.alias(CommunityTopicEntity.class, TOPIC).join(CommunityTopicEntity.class,
                    column(ID) + " = " + TOPIC + "." + CommunityTopicEntity.COMMUNITY_ID);
        }
        return select.where(String.join(" AND ", query.conditions), query.parameters.toArray())
                .order(order(search))
                .limit(limit);
    }

    /**
     * Rows strictly after the position in the search's order; ties on the sort value are broken by the id. Each is
     * written as a plain range on the sort column ({@code <=} or {@code >=}) and the exact condition within it, so
     * that the database starts its index scan at the position: the OR alone is only a filter, and a page deep in the
     * directory would read (and drop) every row before it.
     */
    private void after(DirectorySearch search, DirectoryPosition position) {
        switch (search.sort()) {
            case NAME -> condition(column(SORT_NAME) + " >= ? AND (" + column(SORT_NAME) + " > ? OR " + column(ID)
                    + " > ?)", position.sortName(), position.sortName(), position.id());
            case SIZE -> condition(column(MEMBER_COUNT) + " <= ? AND (" + column(MEMBER_COUNT) + " < ? OR ("
                            + column(SORT_NAME) + " >= ? AND (" + column(SORT_NAME) + " > ? OR " + column(ID) + " > ?)))",
                    position.memberCount(), position.memberCount(), position.sortName(), position.sortName(),
                    position.id());
            case ACTIVITY -> {
                Date lastActivity = Date.from(position.lastActivityAt());
                condition(column(LAST_ACTIVITY_AT) + " <= ? AND (" + column(LAST_ACTIVITY_AT) + " < ? OR "
                        + column(ID) + " < ?)", lastActivity, lastActivity, position.id());
            }
        }
    }

    private static String order(DirectorySearch search) {
        return switch (search.sort()) {
            case NAME -> column(SORT_NAME) + " ASC, " + column(ID) + " ASC";
            case SIZE -> column(MEMBER_COUNT) + " DESC, " + column(SORT_NAME) + " ASC, " + column(ID) + " ASC";
            case ACTIVITY -> column(LAST_ACTIVITY_AT) + " DESC, " + column(ID) + " DESC";
        };
    }

    private void condition(String sql, Object... values) {
        conditions.add(sql);
        parameters.addAll(List.of(values));
    }

    private static String column(String name) {
        return COMMUNITY + "." + name;
    }

    /** A LIKE pattern matching the text anywhere, with the text's own {@code %}, {@code _} and {@code !} taken literally. */
    static String containing(String text) {
        StringBuilder pattern = new StringBuilder("%");
        for (char character : text.toCharArray()) {
            if (character == '%' || character == '_' || character == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(character);
        }
        return pattern.append('%').toString();
    }
}

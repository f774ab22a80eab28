package org.guildhall.analytics.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Query;
import org.guildhall.qa.ao.AnswerEntity;
import org.guildhall.qa.ao.CommentEntity;
import org.guildhall.qa.ao.QuestionEntity;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps {@link FirstPostEntity each person's first post per community} in step with the posts: Q&amp;A calls it inside
 * the transaction that writes, deletes or restores a post, bulk writers (imports) recount a whole community after
 * writing. A person's first post is their earliest question, answer or comment in the community that is not deleted;
 * votes are not posts. People are person keys: the Confluence user key, or {@code external:<id>}.
 */
@Component
public class FirstPostDao {

    static final String TABLE = "AO_A368F0_FIRST_POST";
    private static final String EXTERNAL = "external:";
    private static final int SLICE = 500;

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public FirstPostDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
    }

    /** A person's first post in a community. */
    public record FirstPost(long communityId, String person, Instant at) {
    }

    /** @return the unique key of a person's row in a community */
    public static String pairKey(long communityId, String person) {
        return communityId + "|" + person;
    }

    /**
     * A person posted in the community at {@code at}: their first post, unless they had posted there before. Call
     * inside the transaction that writes the post. Null people (no author) are ignored.
     */
    public void posted(long communityId, String person, Instant at) {
        if (person == null) {
            return;
        }
        FirstPostEntity[] rows = ao.find(FirstPostEntity.class, Query.select()
                .where(FirstPostEntity.PAIR_KEY + " = ?", pairKey(communityId, person)));
        if (rows.length == 0) {
            insert(communityId, person, at);
        } else if (rows[0].getFirstAt().toInstant().isAfter(at)) {
            rows[0].setFirstAt(Date.from(at));
            rows[0].save();
        }
    }

    /**
     * A post of the person in the community was deleted or restored: their first post is looked up again among their
     * remaining posts there (their row goes when none is left). Call inside the transaction that changes the post.
     */
    public void recount(long communityId, String person) {
        if (person == null) {
            return;
        }
        Optional<Instant> first = earliest(communityId, person);
        FirstPostEntity[] rows = ao.find(FirstPostEntity.class, Query.select()
                .where(FirstPostEntity.PAIR_KEY + " = ?", pairKey(communityId, person)));
        if (first.isEmpty()) {
            if (rows.length > 0) {
                ao.delete(rows);
            }
        } else if (rows.length == 0) {
            insert(communityId, person, first.get());
        } else if (!rows[0].getFirstAt().toInstant().equals(first.get())) {
            rows[0].setFirstAt(Date.from(first.get()));
            rows[0].save();
        }
    }

    private Optional<Instant> earliest(long communityId, String person) {
        boolean external = person.startsWith(EXTERNAL);
        Object key = external ? (Object) Integer.valueOf(person.substring(EXTERNAL.length())) : person;
        String who = (external ? "EXTERNAL_AUTHOR_ID" : "AUTHOR_KEY") + " = ?";
        String where = "COMMUNITY_ID = ? AND DELETED = ? AND " + who;
        Instant first = null;
        List<Date> earliest = new ArrayList<>();
        // a query of its own for each table: Active Objects adds the entity's preloaded columns to the query it runs
        for (QuestionEntity row : ao.find(QuestionEntity.class, earliestQuery(where, communityId, key))) {
            earliest.add(row.getCreatedAt());
        }
        for (AnswerEntity row : ao.find(AnswerEntity.class, earliestQuery(where, communityId, key))) {
            earliest.add(row.getCreatedAt());
        }
        for (CommentEntity row : ao.find(CommentEntity.class, earliestQuery(where, communityId, key))) {
            earliest.add(row.getCreatedAt());
        }
        for (Date at : earliest) {
            if (first == null || at.toInstant().isBefore(first)) {
                first = at.toInstant();
            }
        }
        return Optional.ofNullable(first);
    }

    private static Query earliestQuery(String where, long communityId, Object person) {
        return Query.select("ID, CREATED_AT").where(where, (int) communityId, Boolean.FALSE, person)
                .order("CREATED_AT ASC").limit(1);
    }

    private void insert(long communityId, String person, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(FirstPostEntity.COMMUNITY_ID, (int) communityId);
        row.put(FirstPostEntity.PERSON_KEY, person);
        row.put(FirstPostEntity.PAIR_KEY, pairKey(communityId, person));
        row.put(FirstPostEntity.FIRST_AT, Date.from(at));
        ao.create(FirstPostEntity.class, row);
    }

    /**
     * Recounts every person's first post in these communities from their posts, in one statement per community (for
     * content written in bulk: imports, restored archives). Not inside another transaction.
     */
    public void recountCommunities(Collection<Long> communityIds) {
        for (long communityId : communityIds) {
            sql.createExecutor().execute(connection -> {
                try (PreparedStatement delete = prepare(connection, "DELETE FROM \"" + TABLE
                        + "\" WHERE \"COMMUNITY_ID\" = ?");
                     PreparedStatement insert = prepare(connection, fill("\"COMMUNITY_ID\" = ?"))) {
                    delete.setInt(1, (int) communityId);
                    delete.executeUpdate();
                    for (int i = 1; i <= 3; i++) {
                        insert.setInt(2 * i - 1, (int) communityId);
                        insert.setBoolean(2 * i, false);
                    }
                    insert.executeUpdate();
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not recount first posts", e);
                }
            });
        }
    }

    /**
     * @return {@code INSERT … SELECT} of the earliest non-deleted post per community and person among the posts that
     *         meet {@code condition} (which has one parameter, followed by the DELETED flag, for each of the three
     *         post tables)
     */
    static String fill(String condition) {
        String posts = String.join(" UNION ALL ", List.of("AO_A368F0_QUESTION", "AO_A368F0_ANSWER",
                "AO_A368F0_POST_COMMENT").stream().map(table -> "SELECT \"COMMUNITY_ID\", CASE WHEN \"AUTHOR_KEY\""
                + " IS NOT NULL THEN \"AUTHOR_KEY\" ELSE CONCAT('" + EXTERNAL + "', \"EXTERNAL_AUTHOR_ID\") END AS"
                + " \"PERSON_KEY\", \"CREATED_AT\" FROM \"" + table + "\" WHERE " + condition + " AND \"DELETED\" = ?"
                + " AND (\"AUTHOR_KEY\" IS NOT NULL OR \"EXTERNAL_AUTHOR_ID\" IS NOT NULL)").toList());
        return "INSERT INTO \"" + TABLE + "\" (\"COMMUNITY_ID\", \"PERSON_KEY\", \"PAIR_KEY\", \"FIRST_AT\")"
                + " SELECT P.\"COMMUNITY_ID\", P.\"PERSON_KEY\", CONCAT(P.\"COMMUNITY_ID\", '|', P.\"PERSON_KEY\"),"
                + " MIN(P.\"CREATED_AT\") FROM (" + posts + ") P GROUP BY P.\"COMMUNITY_ID\", P.\"PERSON_KEY\"";
    }

    /**
     * @return the first posts of these (community, person) pairs, where they have one (unique index on PAIR_KEY; one
     *         statement per {@value #SLICE} pairs)
     */
    public List<FirstPost> firstPosts(Collection<String> pairKeys) {
        List<FirstPost> found = new ArrayList<>();
        List<String> keys = pairKeys.stream().distinct().toList();
        for (int start = 0; start < keys.size(); start += SLICE) {
            List<String> slice = keys.subList(start, Math.min(keys.size(), start + SLICE));
            sql.createExecutor().execute(connection -> {
                try (PreparedStatement select = prepare(connection, "SELECT \"COMMUNITY_ID\", \"PERSON_KEY\","
                        + " \"FIRST_AT\" FROM \"" + TABLE + "\" WHERE \"PAIR_KEY\" IN ("
                        + String.join(", ", Collections.nCopies(slice.size(), "?")) + ")")) {
                    for (int i = 0; i < slice.size(); i++) {
                        select.setString(i + 1, slice.get(i));
                    }
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            found.add(new FirstPost(row.getLong(1), row.getString(2),
                                    row.getTimestamp(3).toInstant()));
                        }
                    }
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not read first posts", e);
                }
            });
        }
        return found;
    }

    /** Prepares a statement written with {@code "} around identifiers, quoted as the database quotes them. */
    private static PreparedStatement prepare(Connection connection, String statement) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        return connection.prepareStatement(statement.replace("\"", quote));
    }
}

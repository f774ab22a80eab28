package org.guildhall.analytics.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.analytics.HealthRows.AnswerRow;
import org.guildhall.analytics.HealthRows.AskedQuestion;
import org.guildhall.analytics.HealthRows.Contribution;
import org.guildhall.analytics.HealthRows.Kind;
import org.guildhall.analytics.HealthRows.MembershipChange;
import org.guildhall.analytics.HealthRows.Routed;
import org.guildhall.analytics.HealthRows.Unanswered;
import org.guildhall.analytics.HealthRows.ValuedPost;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only code that reads the rows community health is computed from. It owns no table: every statement is a range
 * read over an index of the Q&A, membership and routing tables (community and creation time, question id, user key),
 * so a request reads the period it shows, never the whole history. Aggregates that Active Objects cannot express
 * go through SAL's executor; identifiers are written with {@code "} and quoted for the database at run time.
 */
@Component
public class HealthDao {

    static final String QUESTION = "AO_A368F0_QUESTION";
    static final String ANSWER = "AO_A368F0_ANSWER";
    static final String COMMENT = "AO_A368F0_POST_COMMENT";
    static final String VOTE = "AO_A368F0_VOTE";
    static final String MEMBER_LOG = "AO_A368F0_MEMBER_LOG";
    static final String MEMBERSHIP = "AO_A368F0_MEMBERSHIP";
    static final String ROUTING = "AO_A368F0_ROUTING";
    static final String EXTERNAL_PERSON = "AO_A368F0_EXTERNAL_PERSON";
    private static final int SLICE = 500;
    private static final String PERSON = "\"AUTHOR_KEY\", \"EXTERNAL_AUTHOR_ID\"";

    private final TransactionalExecutorFactory sql;

    public HealthDao(@ComponentImport TransactionalExecutorFactory sql) {
        this.sql = sql;
    }

    /** @return the non-deleted questions asked in these communities in [from, to) (index q_community_new) */
    public List<AskedQuestion> askedQuestions(Collection<Long> communityIds, Instant from, Instant to) {
        List<AskedQuestion> rows = new ArrayList<>();
        for (List<Object> slice : slices(communityIds)) {
            rows.addAll(query("SELECT \"ID\", \"COMMUNITY_ID\", " + PERSON + ", \"CREATED_AT\" FROM \"" + QUESTION
                            + "\" WHERE \"COMMUNITY_ID\" IN (" + placeholders(slice) + ") AND \"DELETED\" = ?"
                            + " AND \"CREATED_AT\" >= ? AND \"CREATED_AT\" < ?",
                    concat(slice, false, time(from), time(to)),
                    row -> new AskedQuestion(row.getLong(1), row.getLong(2), person(row, 3), instant(row, 5))));
        }
        return rows;
    }

    /** @return the non-deleted answers to these questions written before {@code before} (index on QUESTION_ID) */
    public List<AnswerRow> answersTo(Collection<Long> questionIds, Instant before) {
        List<AnswerRow> rows = new ArrayList<>();
        for (List<Object> slice : slices(questionIds)) {
            rows.addAll(answers("\"QUESTION_ID\" IN (" + placeholders(slice) + ")", slice, before));
        }
        return rows;
    }

    private List<AnswerRow> answers(String condition, List<Object> parameters, Instant before) {
        return query("SELECT \"ID\", \"QUESTION_ID\", \"COMMUNITY_ID\", " + PERSON + ", \"CREATED_AT\", \"SCORE\","
                        + " \"ACCEPTED_AT\", \"ACCEPTED_FOR\" FROM \"" + ANSWER + "\" WHERE " + condition
                        + " AND \"DELETED\" = ? AND \"CREATED_AT\" < ?", concat(parameters, false, time(before)),
                row -> {
                    Timestamp acceptedAt = row.getTimestamp(8);
                    boolean accepted = row.getObject(9) != null && acceptedAt != null;
                    return new AnswerRow(row.getLong(1), row.getLong(2), row.getLong(3), person(row, 4),
                            row.getString(4) != null, instant(row, 6), row.getInt(7),
                            accepted ? acceptedAt.toInstant() : null);
                });
    }

    /** @return the non-deleted answers written in these communities in [from, to), to whichever question */
    public List<AnswerRow> answersWritten(Collection<Long> communityIds, Instant from, Instant to) {
        List<AnswerRow> rows = new ArrayList<>();
        for (List<Object> slice : slices(communityIds)) {
            rows.addAll(answers("\"COMMUNITY_ID\" IN (" + placeholders(slice) + ") AND \"CREATED_AT\" >= ?",
                    concat(slice, time(from)), to));
        }
        return rows;
    }

    /**
     * @return every non-deleted question and comment and every vote in these communities in [from, to); answers are
     *         read by {@link #answersWritten}
     */
    public List<Contribution> contributions(Collection<Long> communityIds, Instant from, Instant to) {
        List<Contribution> rows = new ArrayList<>();
        for (List<Object> slice : slices(communityIds)) {
            rows.addAll(posts(QUESTION, Kind.ASKED, slice, from, to));
            rows.addAll(posts(COMMENT, Kind.COMMENTED, slice, from, to));
            rows.addAll(query("SELECT \"COMMUNITY_ID\", \"VOTER_KEY\", \"CREATED_AT\" FROM \"" + VOTE + "\" WHERE"
                            + " \"COMMUNITY_ID\" IN (" + placeholders(slice) + ") AND \"CREATED_AT\" >= ?"
                            + " AND \"CREATED_AT\" < ?", concat(slice, time(from), time(to)),
                    row -> new Contribution(row.getLong(1), row.getString(2), Kind.VOTED, instant(row, 3))));
        }
        return rows;
    }

    private List<Contribution> posts(String table, Kind kind, List<Object> communityIds, Instant from, Instant to) {
        return query("SELECT \"COMMUNITY_ID\", " + PERSON + ", \"CREATED_AT\" FROM \"" + table + "\" WHERE"
                        + " \"COMMUNITY_ID\" IN (" + placeholders(communityIds) + ") AND \"DELETED\" = ?"
                        + " AND \"CREATED_AT\" >= ? AND \"CREATED_AT\" < ?",
                concat(communityIds, false, time(from), time(to)),
                row -> new Contribution(row.getLong(1), person(row, 2), kind, instant(row, 4)));
    }

    /**
     * @return {@code <communityId>|<person>} for each of these people who wrote a non-deleted question, answer or
     *         comment in that community before {@code before} (indexes on AUTHOR_KEY and COMMUNITY_ID)
     */
    public Set<String> postedBefore(Collection<Long> communityIds, Collection<String> persons, Instant before) {
        Set<String> found = new HashSet<>();
        List<Object> userKeys = new ArrayList<>();
        List<Object> externalIds = new ArrayList<>();
        for (String person : persons) {
            if (person.startsWith(EXTERNAL)) {
                externalIds.add(Integer.valueOf(person.substring(EXTERNAL.length())));
            } else {
                userKeys.add(person);
            }
        }
        Set<Long> communities = Set.copyOf(communityIds);
        if (communities.isEmpty()) {
            return found;
        }
        // a few communities (one community's page): only their rows are read; all of them (site-wide): every row of
        // these people, as a list of thousands of community ids would not narrow it down
        List<Object> within = communities.size() <= SLICE ? slices(communities).get(0) : List.of();
        String inCommunities = within.isEmpty() ? "" : " AND \"COMMUNITY_ID\" IN (" + placeholders(within) + ")";
        for (String table : List.of(QUESTION, ANSWER, COMMENT)) {
            for (String column : List.of("AUTHOR_KEY", "EXTERNAL_AUTHOR_ID")) {
                for (List<Object> slice : slices(column.equals("AUTHOR_KEY") ? userKeys : externalIds)) {
                    List<Object> parameters = concat(slice, false, time(before));
                    parameters.addAll(within);
                    query("SELECT DISTINCT \"COMMUNITY_ID\", " + PERSON + " FROM \"" + table + "\" WHERE \"" + column
                                    + "\" IN (" + placeholders(slice) + ") AND \"DELETED\" = ? AND \"CREATED_AT\" < ?"
                                    + inCommunities, parameters, row -> {
                                if (communities.contains(row.getLong(1))) {
                                    found.add(row.getLong(1) + "|" + person(row, 2));
                                }
                                return null;
                            });
                }
            }
        }
        return found;
    }

    /** @return who became a member of these communities, and who stopped being one, in [from, to) */
    public List<MembershipChange> membershipChanges(Collection<Long> communityIds, Instant from, Instant to) {
        List<MembershipChange> rows = new ArrayList<>();
        for (List<Object> slice : slices(communityIds)) {
            rows.addAll(query("SELECT \"COMMUNITY_ID\", \"SUBJECT_KEY\", \"CHANGE_TYPE\", \"CREATED_AT\" FROM \""
                            + MEMBER_LOG + "\" WHERE \"COMMUNITY_ID\" IN (" + placeholders(slice) + ")"
                            + " AND \"CREATED_AT\" >= ? AND \"CREATED_AT\" < ? AND \"CHANGE_TYPE\" IN (?, ?, ?, ?, ?, ?)",
                    concat(slice, time(from), time(to), "FOUNDED", "JOINED", "APPROVED", "LEFT", "REMOVED", "BANNED"),
                    row -> new MembershipChange(row.getLong(1), row.getString(2),
                            List.of("FOUNDED", "JOINED", "APPROVED").contains(row.getString(3)), instant(row, 4))));
        }
        return rows;
    }

    /** @return for each of these Confluence users, the communities they are a member of now (index on USER_KEY) */
    public Map<String, Set<Long>> memberships(Collection<String> userKeys) {
        Map<String, Set<Long>> memberships = new HashMap<>();
        for (List<Object> slice : slices(userKeys)) {
            query("SELECT \"USER_KEY\", \"COMMUNITY_ID\" FROM \"" + MEMBERSHIP + "\" WHERE \"USER_KEY\" IN ("
                    + placeholders(slice) + ") AND \"MEMBER_STATE\" = ?", concat(slice, "MEMBER"), row -> {
                        memberships.computeIfAbsent(row.getString(1), key -> new HashSet<>()).add(row.getLong(2));
                        return null;
                    });
        }
        return memberships;
    }

    /** @return who these questions were routed to (index on QUESTION_ID) */
    public List<Routed> routings(Collection<Long> questionIds) {
        List<Routed> rows = new ArrayList<>();
        for (List<Object> slice : slices(questionIds)) {
            rows.addAll(query("SELECT \"QUESTION_ID\", \"PERSON_KEY\", \"DECLINED_AT\" FROM \"" + ROUTING
                            + "\" WHERE \"QUESTION_ID\" IN (" + placeholders(slice) + ")", slice,
                    row -> new Routed(row.getLong(1), row.getString(2), row.getTimestamp(3) != null)));
        }
        return rows;
    }

    /** @return the oldest open questions of the community asked before {@code askedBefore} without an answer yet */
    public List<Unanswered> unanswered(long communityId, Instant askedBefore, int limit) {
        List<Unanswered> rows = query("SELECT \"ID\", \"TITLE\", \"CREATED_AT\" FROM \"" + QUESTION + "\" WHERE"
                        + " \"COMMUNITY_ID\" = ? AND \"DELETED\" = ? AND \"LIST_STATE\" = ? AND \"CREATED_AT\" < ?"
                        + " ORDER BY \"CREATED_AT\", \"ID\"", List.of((int) communityId, false, "unanswered",
                        time(askedBefore)), limit,
                row -> new Unanswered(row.getLong(1), row.getString(2), instant(row, 3)));
        return rows;
    }

    /** @return how many open questions of the community asked before {@code askedBefore} have no answer yet */
    public int countUnanswered(long communityId, Instant askedBefore) {
        return query("SELECT COUNT(*) FROM \"" + QUESTION + "\" WHERE \"COMMUNITY_ID\" = ? AND \"DELETED\" = ?"
                        + " AND \"LIST_STATE\" = ? AND \"CREATED_AT\" < ?",
                List.of((int) communityId, false, "unanswered", time(askedBefore)), row -> row.getInt(1)).get(0);
    }

    /**
     * The most valued questions and the most valued answers written in the community in [from, to): non-deleted, with
     * a positive score (the votes they received: up minus down), highest first; equal scores by age, oldest first.
     * Who wrote them (their reputation or role) plays no part. Deleted questions' answers are left out.
     *
     * @return up to {@code limit} questions followed by up to {@code limit} answers
     */
    public List<ValuedPost> valuedPosts(long communityId, Instant from, Instant to, int limit) {
        List<Object> parameters = List.of((int) communityId, false, time(from), time(to), 0);
        List<ValuedPost> posts = new ArrayList<>(query("SELECT \"ID\", \"TITLE\", " + PERSON + ", \"SCORE\","
                        + " \"CREATED_AT\" FROM \"" + QUESTION + "\" WHERE \"COMMUNITY_ID\" = ? AND \"DELETED\" = ?"
                        + " AND \"CREATED_AT\" >= ? AND \"CREATED_AT\" < ? AND \"SCORE\" > ?"
                        + " ORDER BY \"SCORE\" DESC, \"CREATED_AT\", \"ID\"", parameters, limit,
                row -> new ValuedPost(row.getLong(1), 0, row.getString(2), person(row, 3), row.getInt(5),
                        instant(row, 6))));
        posts.addAll(query("SELECT A.\"QUESTION_ID\", A.\"ID\", Q.\"TITLE\", A.\"AUTHOR_KEY\","
                        + " A.\"EXTERNAL_AUTHOR_ID\", A.\"SCORE\", A.\"CREATED_AT\" FROM \"" + ANSWER + "\" A JOIN \""
                        + QUESTION + "\" Q ON Q.\"ID\" = A.\"QUESTION_ID\" WHERE A.\"COMMUNITY_ID\" = ?"
                        + " AND A.\"DELETED\" = ? AND A.\"CREATED_AT\" >= ? AND A.\"CREATED_AT\" < ? AND A.\"SCORE\" > ?"
                        + " AND Q.\"DELETED\" = ? ORDER BY A.\"SCORE\" DESC, A.\"CREATED_AT\", A.\"ID\"",
                concat(new ArrayList<>(parameters), false), limit,
                row -> new ValuedPost(row.getLong(1), row.getLong(2), row.getString(3), person(row, 4),
                        row.getInt(6), instant(row, 7))));
        return posts;
    }

    /** @return the display names of these external people, by person key */
    public Map<String, String> externalNames(Collection<String> persons) {
        Map<String, String> names = new HashMap<>();
        List<Object> ids = persons.stream().filter(person -> person.startsWith(EXTERNAL))
                .map(person -> (Object) Integer.valueOf(person.substring(EXTERNAL.length()))).toList();
        for (List<Object> slice : slices(ids)) {
            query("SELECT \"ID\", \"DISPLAY_NAME\" FROM \"" + EXTERNAL_PERSON + "\" WHERE \"ID\" IN ("
                    + placeholders(slice) + ")", slice, row -> names.put(EXTERNAL + row.getLong(1), row.getString(2)));
        }
        return names;
    }

    private static final String EXTERNAL = "external:";

    private static String person(ResultSet row, int column) throws SQLException {
        String userKey = row.getString(column);
        if (userKey != null) {
            return userKey;
        }
        long externalId = row.getLong(column + 1);
        return row.wasNull() ? null : EXTERNAL + externalId;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String statement, List<?> parameters, RowReader<T> reader) {
        return query(statement, parameters, Integer.MAX_VALUE, reader);
    }

    private <T> List<T> query(String statement, List<?> parameters, int limit, RowReader<T> reader) {
        return sql.createExecutor().execute(connection -> {
            try {
                String quote = connection.getMetaData().getIdentifierQuoteString().trim();
                try (PreparedStatement select = connection.prepareStatement(statement.replace("\"", quote))) {
                    for (int i = 0; i < parameters.size(); i++) {
                        select.setObject(i + 1, parameters.get(i));
                    }
                    if (limit < Integer.MAX_VALUE) {
                        // setMaxRows instead of LIMIT: every database Confluence supports honours it
                        select.setMaxRows(limit);
                    }
                    List<T> rows = new ArrayList<>();
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next() && rows.size() < limit) {
                            rows.add(reader.read(result));
                        }
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read community health", e);
            }
        });
    }

    private static List<List<Object>> slices(Collection<?> values) {
        List<Object> all = values.stream().distinct().map(value -> value instanceof Long id ? (Object) id.intValue()
                : value).toList();
        List<List<Object>> slices = new ArrayList<>();
        for (int start = 0; start < all.size(); start += SLICE) {
            slices.add(all.subList(start, Math.min(all.size(), start + SLICE)));
        }
        return slices;
    }

    private static List<Object> concat(List<Object> first, Object... rest) {
        List<Object> all = new ArrayList<>(first);
        Collections.addAll(all, rest);
        return all;
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}

package org.guildhall.analytics.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.HealthRows.ActivityCounts;
import org.guildhall.analytics.HealthRows.ActivityRow;
import org.guildhall.analytics.HealthRows.Kind;
import org.guildhall.analytics.HealthRows.MembershipCounts;
import org.guildhall.analytics.HealthRows.QuestionCounts;
import org.guildhall.analytics.HealthRows.Unanswered;
import org.guildhall.analytics.HealthRows.ValuedPost;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The only code that reads what community health is computed from. It owns no table: every statement starts from a
 * range read over an index of the Q&amp;A and membership tables (community and creation time) and looks further rows
 * up by index (question id, user key, unique pair keys), so a request reads the period it shows, never the whole
 * history. The database counts: statements group by community (at most {@value #SLICE} communities each) and return
 * a few rows per community, never the period's posts. They go through SAL's executor, as Active Objects cannot
 * express them; identifiers are written with {@code "} and quoted for the database at run time, and the little that
 * differs between databases (sorting by a time difference, a row limit) is written for the database at hand.
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
    static final String FIRST_POST = "AO_A368F0_FIRST_POST";
    private static final String PERSON = "\"AUTHOR_KEY\", \"EXTERNAL_AUTHOR_ID\"";
    private static final String MEMBER = "MEMBER";
    /** Answer {@code A} is by a person other than the asker of question {@code Q} (person keys, see {@link #person}) */
    private static final String BY_OTHERS = "(A.\"AUTHOR_KEY\" IS NOT NULL AND (Q.\"AUTHOR_KEY\" IS NULL"
            + " OR A.\"AUTHOR_KEY\" <> Q.\"AUTHOR_KEY\") OR A.\"AUTHOR_KEY\" IS NULL AND A.\"EXTERNAL_AUTHOR_ID\" IS NOT NULL"
            + " AND (Q.\"AUTHOR_KEY\" IS NOT NULL OR Q.\"EXTERNAL_AUTHOR_ID\" IS NULL"
            + " OR A.\"EXTERNAL_AUTHOR_ID\" <> Q.\"EXTERNAL_AUTHOR_ID\"))";

    private final TransactionalExecutorFactory sql;

    public HealthDao(@ComponentImport TransactionalExecutorFactory sql) {
        this.sql = sql;
    }

    /**
     * What the database counted of some communities' questions of a period, by community: the counts, and in seconds
     * each answered question's time to its first answer by someone other than the asker, and each accepted one's time
     * to acceptance (unsorted).
     */
    public record QuestionFigures(Map<Long, QuestionCounts> counts, Map<Long, List<Long>> firstAnswerSeconds,
                                  Map<Long, List<Long>> acceptedSeconds) {
    }

    /**
     * @return by community, the figures of the questions asked in [from, to) and not deleted, answers counted when
     *         written before {@code to} (see {@link QuestionCounts}), and the times to the first answer by someone other
     *         than the asker and to the accepted answer. Two statements
     *         per {@value #SLICE} communities: one row per question of the period, the questions read by range (index
     *         q_community_new) and their answers by question id (a_question_health), both from the index alone, the
     *         memberships looked up only for answers whose crossing of communities is not stored (user key, pair key);
     *         and one row per routed question, from the period's routings read by time.
     */
    public QuestionFigures questionFigures(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<Long>> firstAnswers = new HashMap<>();
        Map<Long, List<Long>> acceptances = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            // the period's questions, each with its answers (one index range each) and per answer what it tells;
            // grouped by question
            Sql sql = new Sql("SELECT D.\"COMMUNITY_ID\", D.\"CREATED_AT\", MIN(D.\"FIRST_AT\"),"
                    + " MIN(D.\"ACCEPTED_AT\"), MAX(D.\"CROSS\"), MAX(D.\"NEWCOMER\") FROM (SELECT Q.\"ID\","
                    + " Q.\"COMMUNITY_ID\", Q.\"CREATED_AT\", CASE WHEN " + BY_OTHERS + " THEN A.\"CREATED_AT\" END"
                    + " \"FIRST_AT\", CASE WHEN A.\"ACCEPTED_FOR\" IS NOT NULL AND A.\"ACCEPTED_AT\" < ? THEN"
                    + " A.\"ACCEPTED_AT\" END \"ACCEPTED_AT\"", time(to));
            // cross-pollination: an answer that crossed communities when it was written (stored with it, see
            // AnswerEntity.getCrossCommunity); for answers where it is not known (null: written by an older node, or
            // restored from an archive) as the memberships are now: an asker who is a member somewhere, answered by a
            // Confluence user who is a member of none of the asker's communities
            // (whether the asker is a member somewhere as a scalar subquery: an EXISTS would let PostgreSQL hash every
            // membership of the site instead of looking the asker up)
            sql.add(", CASE WHEN " + BY_OTHERS + " AND (A.\"CROSS_COMMUNITY\" = ? OR A.\"CROSS_COMMUNITY\" IS NULL"
                    + " AND A.\"AUTHOR_KEY\" IS NOT NULL AND Q.\"AUTHOR_KEY\" IS NOT NULL AND (SELECT"
                    + " MIN(M.\"COMMUNITY_ID\") FROM \"" + MEMBERSHIP + "\" M WHERE M.\"USER_KEY\" = Q.\"AUTHOR_KEY\""
                    + " AND M.\"MEMBER_STATE\" = ?) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"" + MEMBERSHIP
                    + "\" MA WHERE MA.\"USER_KEY\" = A.\"AUTHOR_KEY\" AND MA.\"MEMBER_STATE\" = ? AND EXISTS (SELECT 1"
                    + " FROM \"" + MEMBERSHIP + "\" MQ WHERE MQ.\"PAIR_KEY\" = CONCAT(MA.\"COMMUNITY_ID\", ':',"
                    + " Q.\"AUTHOR_KEY\") AND MQ.\"MEMBER_STATE\" = ?))) THEN 1 ELSE 0 END \"CROSS\"", true, MEMBER,
                    MEMBER, MEMBER);
            // answered by a newcomer: someone who had not posted in the community before the period, so whose first
            // post there (not after this answer) lies in the period: one of the period's few first posts, read once
            // by index (first_post_new) and hashed, instead of a look-up per answer
            sql.add(", CASE WHEN " + BY_OTHERS + " AND CONCAT(Q.\"COMMUNITY_ID\", '|', " + person("A") + ") IN"
                    + " (SELECT F.\"PAIR_KEY\" FROM \"" + FIRST_POST + "\" F WHERE F.\"COMMUNITY_ID\" IN ("
                    + placeholders(slice) + ")", slice);
            sql.add(" AND F.\"FIRST_AT\" >= ? AND F.\"FIRST_AT\" < ?) THEN 1 ELSE 0 END \"NEWCOMER\" FROM \"" + QUESTION
                    + "\" Q LEFT JOIN \"" + ANSWER + "\" A ON A.\"QUESTION_ID\" = Q.\"ID\" AND A.\"DELETED\" = ? AND"
                    + " A.\"CREATED_AT\" < ? WHERE ", time(from), time(to), false, time(to));
            askedIn(sql, slice, from, to).add(") D GROUP BY D.\"ID\", D.\"COMMUNITY_ID\", D.\"CREATED_AT\"");
            query(sql, row -> {
                long community = row.getLong(1);
                int[] c = counts.computeIfAbsent(community, id -> new int[8]);
                Instant asked = instant(row, 2);
                Timestamp first = row.getTimestamp(3);
                Timestamp acceptedAt = row.getTimestamp(4);
                c[0]++;
                if (first != null) {
                    c[1]++;
                    firstAnswers.computeIfAbsent(community, id -> new ArrayList<>())
                            .add(Duration.between(asked, first.toInstant()).getSeconds());
                }
                if (acceptedAt != null) {
                    c[2]++;
                    acceptances.computeIfAbsent(community, id -> new ArrayList<>())
                            .add(Duration.between(asked, acceptedAt.toInstant()).getSeconds());
                }
                c[3] += row.getInt(5);
                c[4] += row.getInt(6);
                return null;
            });
            // the routed questions of the period, from their routings: routing follows asking, so a question's
            // routings are never older than the question (a day's margin for clocks that differ between nodes), and
            // the period's few routings are read by time (index on ASKED_AT) instead of looking every question up;
            // per routing, whether the person routed to answered (look-up by question id)
            Sql routed = new Sql("SELECT Q.\"COMMUNITY_ID\", SUM(CASE WHEN R.\"DECLINED_AT\" IS NOT NULL"
                    + " THEN 1 ELSE 0 END), MAX(CASE WHEN EXISTS (SELECT 1 FROM \"" + ANSWER + "\" A WHERE"
                    + " A.\"QUESTION_ID\" = Q.\"ID\" AND A.\"AUTHOR_KEY\" = R.\"PERSON_KEY\" AND A.\"DELETED\" = ? AND"
                    + " A.\"CREATED_AT\" < ? AND " + BY_OTHERS + ") THEN 1 ELSE 0 END) FROM \"" + ROUTING + "\" R JOIN \""
                    + QUESTION + "\" Q ON Q.\"ID\" = R.\"QUESTION_ID\" WHERE R.\"ASKED_AT\" >= ? AND ", false, time(to),
                    time(from.minus(Duration.ofDays(1))));
            askedIn(routed, slice, from, to).add(" GROUP BY Q.\"COMMUNITY_ID\", Q.\"ID\"");
            query(routed, row -> {
                int[] c = counts.computeIfAbsent(row.getLong(1), id -> new int[8]);
                c[5]++;
                c[7] += row.getInt(2);
                c[6] += row.getInt(3);
                return null;
            });
        }
        Map<Long, QuestionCounts> byCommunity = new HashMap<>();
        counts.forEach((id, c) -> byCommunity.put(id, new QuestionCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                c[7])));
        return new QuestionFigures(byCommunity, firstAnswers, acceptances);
    }

    /** Appends the condition selecting the questions asked in the communities in [from, to), not deleted, as Q. */
    private static Sql askedIn(Sql sql, List<Object> slice, Instant from, Instant to) {
        return sql.add("Q.\"COMMUNITY_ID\" IN (" + placeholders(slice) + ")", slice)
                .add(" AND Q.\"DELETED\" = ? AND Q.\"CREATED_AT\" >= ? AND Q.\"CREATED_AT\" < ?", false, time(from),
                        time(to));
    }

    /**
     * @return by community, the people who asked, answered, commented (not deleted) or voted in [from, to), how many of
     *         them had posted there before {@code from}, and how many posted for the first time (newcomers): one
     *         statement per {@value #SLICE} communities; the first posts counted by index for each community, and
     *         looked up by their unique pair key only for people who did nothing but vote
     */
    public Map<Long, ActivityCounts> activityCounts(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, ActivityCounts> counts = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            // A person who posted in the period is a newcomer exactly when their first post lies in it, so the
            // newcomers are counted from the first posts by index (first_post_new), and the others who posted had
            // posted before. Only those who did nothing but vote are looked up one by one (pair key): the first posts
            // of everyone active, looked up each, were half the work of the site-wide view.
            Sql sql = new Sql("SELECT P.\"COMMUNITY_ID\", COUNT(*), SUM(P.\"POSTED\"), SUM(CASE WHEN P.\"POSTED\" = 1"
                    + " THEN 0 WHEN EXISTS (SELECT 1 FROM \"" + FIRST_POST + "\" F WHERE F.\"PAIR_KEY\" ="
                    + " CONCAT(P.\"COMMUNITY_ID\", '|', P.\"PERSON\") AND F.\"FIRST_AT\" < ?) THEN 1 ELSE 0 END),"
                    + " (SELECT COUNT(*) FROM \"" + FIRST_POST + "\" N WHERE N.\"COMMUNITY_ID\" = P.\"COMMUNITY_ID\""
                    + " AND N.\"FIRST_AT\" >= ? AND N.\"FIRST_AT\" < ?) FROM (SELECT U.\"COMMUNITY_ID\", U.\"PERSON\","
                    + " MAX(U.\"POSTED\") \"POSTED\" FROM (", time(from), time(from), time(to));
            contributions(sql, "IN (" + placeholders(slice) + ")", slice, from, to, null);
            sql.add(") U WHERE U.\"PERSON\" IS NOT NULL GROUP BY U.\"COMMUNITY_ID\", U.\"PERSON\") P"
                    + " GROUP BY P.\"COMMUNITY_ID\"");
            query(sql, row -> {
                int posted = row.getInt(3);
                int newcomers = row.getInt(5);
                return counts.put(row.getLong(1), new ActivityCounts(row.getInt(2),
                        Math.max(0, posted - newcomers) + row.getInt(4), newcomers));
            });
        }
        return counts;
    }

    /**
     * Appends the contributions of [from, to) as rows {@code COMMUNITY_ID, PERSON, POSTED} (1 for a post, 0 for a
     * vote), {@code KIND} and {@code CREATED_AT}: questions, answers and comments not deleted, and votes; with
     * {@code weeks}, the number of the week each falls in as {@code WEEK}.
     */
    private static void contributions(Sql sql, String communities, List<Object> communityIds, Instant from,
                                      Instant to, List<Instant> weeks) {
        List<String> tables = List.of(QUESTION, ANSWER, COMMENT, VOTE);
        for (String table : tables) {
            boolean vote = table.equals(VOTE);
            sql.add(table.equals(QUESTION) ? "" : " UNION ALL ");
            sql.add("SELECT T.\"COMMUNITY_ID\", " + (vote ? "T.\"VOTER_KEY\"" : person("T")) + " \"PERSON\", "
                    + (vote ? 0 : 1) + " \"POSTED\", '" + KINDS.get(tables.indexOf(table)) + "' \"KIND\","
                    + " T.\"CREATED_AT\"");
            if (weeks != null && weeks.size() == 1) {
                sql.add(", 0 \"WEEK\"");
            } else if (weeks != null) {
                sql.add(", CASE");
                for (int week = 1; week < weeks.size(); week++) {
                    sql.add(" WHEN T.\"CREATED_AT\" < ? THEN " + (week - 1), time(weeks.get(week)));
                }
                sql.add(" ELSE " + (weeks.size() - 1) + " END \"WEEK\"");
            }
            sql.add(" FROM \"" + table + "\" T WHERE T.\"COMMUNITY_ID\" " + communities, communityIds);
            if (!vote) {
                sql.add(" AND T.\"DELETED\" = ?", false);
            }
            sql.add(" AND T.\"CREATED_AT\" >= ? AND T.\"CREATED_AT\" < ?", time(from), time(to));
        }
    }

    /** What a person did in a community, as the week counts name it: asked, answered, commented, voted. */
    private static final List<String> KINDS = List.of("Q", "A", "C", "V");

    /**
     * @param weekStarts the start of each week of the period, the first being {@code from}
     * @return each person active in the community in [from, to) once per week and kind (asked, answered, commented
     *         or voted), with whether they had posted there before the period (their first post, looked up by its
     *         unique key): one statement, from which a community's page counts both its active people and its weeks
     */
    public List<ActivityRow> periodActivity(long communityId, List<Instant> weekStarts, Instant to) {
        // someone who posted in the period had posted before it unless their first post lies in it (one of the
        // period's few first posts, read once by index and hashed); only votes need their voter's first post looked up
        Instant from = weekStarts.get(0);
        Sql sql = new Sql("SELECT W.\"WEEK\", W.\"KIND\", W.\"PERSON\", CASE WHEN W.\"KIND\" <> 'V' THEN CASE WHEN"
                + " W.\"PERSON\" IN (SELECT N.\"PERSON_KEY\" FROM \"" + FIRST_POST + "\" N WHERE N.\"COMMUNITY_ID\" = ?"
                + " AND N.\"FIRST_AT\" >= ? AND N.\"FIRST_AT\" < ?) THEN 0 ELSE 1 END WHEN EXISTS (SELECT 1 FROM \""
                + FIRST_POST + "\" F WHERE F.\"PAIR_KEY\" = CONCAT('" + communityId + "|', W.\"PERSON\") AND"
                + " F.\"FIRST_AT\" < ?) THEN 1 ELSE 0 END FROM (SELECT DISTINCT U.\"WEEK\", U.\"KIND\", U.\"PERSON\""
                + " FROM (", (int) communityId, time(from), time(to), time(from));
        contributions(sql, "= ?", List.of((int) communityId), weekStarts.get(0), to, weekStarts);
        sql.add(") U WHERE U.\"PERSON\" IS NOT NULL) W");
        return query(sql, row -> new ActivityRow(row.getInt(1), Kind.values()[KINDS.indexOf(row.getString(2))],
                row.getString(3), row.getInt(4) == 1));
    }

    /**
     * @return by community, the distinct people who became members in [from, to) (joined, founded, approved) and
     *         who stopped being members (left, removed, banned)
     */
    public Map<Long, MembershipCounts> membershipCounts(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, MembershipCounts> counts = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            Sql sql = new Sql("SELECT L.\"COMMUNITY_ID\", COUNT(DISTINCT CASE WHEN L.\"CHANGE_TYPE\" IN ('FOUNDED',"
                    + " 'JOINED', 'APPROVED') THEN L.\"SUBJECT_KEY\" END), COUNT(DISTINCT CASE WHEN"
                    + " L.\"CHANGE_TYPE\" IN ('LEFT', 'REMOVED', 'BANNED') THEN L.\"SUBJECT_KEY\" END) FROM \""
                    + MEMBER_LOG + "\" L WHERE L.\"COMMUNITY_ID\" IN (" + placeholders(slice) + ")").add("", slice);
            sql.add(" AND L.\"CREATED_AT\" >= ? AND L.\"CREATED_AT\" < ? AND L.\"CHANGE_TYPE\" IN ('FOUNDED',"
                    + " 'JOINED', 'APPROVED', 'LEFT', 'REMOVED', 'BANNED') GROUP BY L.\"COMMUNITY_ID\"", time(from),
                    time(to));
            query(sql, row -> counts.put(row.getLong(1), new MembershipCounts(row.getInt(2), row.getInt(3))));
        }
        return counts;
    }

    /**
     * @return the people who answered in the community in [from, to) (non-deleted answers) with their answers, summed
     *         score and accepted answers, unnamed: only those ranked within the first {@code top} by answers then
     *         score, or by score then accepted answers (ties included, so the caller can break them)
     */
    public List<Champion> champions(long communityId, Instant from, Instant to, int top) {
        Sql sql = new Sql("SELECT G.\"PERSON\", G.\"N\", G.\"SCORE\", G.\"ACCEPTED\" FROM (SELECT G0.\"PERSON\","
                + " G0.\"N\", G0.\"SCORE\", G0.\"ACCEPTED\", RANK() OVER (ORDER BY G0.\"N\" DESC, G0.\"SCORE\" DESC)"
                + " \"R1\", RANK() OVER (ORDER BY G0.\"SCORE\" DESC, G0.\"ACCEPTED\" DESC) \"R2\" FROM (SELECT"
                + " T.\"PERSON\", COUNT(*) \"N\", SUM(T.\"SCORE\") \"SCORE\", SUM(T.\"ACCEPTED\") \"ACCEPTED\" FROM"
                + " (SELECT " + person("A") + " \"PERSON\", A.\"SCORE\", CASE WHEN A.\"ACCEPTED_FOR\" IS NOT NULL AND"
                + " A.\"ACCEPTED_AT\" IS NOT NULL THEN 1 ELSE 0 END \"ACCEPTED\" FROM \"" + ANSWER + "\" A WHERE"
                + " A.\"COMMUNITY_ID\" = ? AND A.\"DELETED\" = ? AND A.\"CREATED_AT\" >= ? AND A.\"CREATED_AT\" < ?)"
                + " T WHERE T.\"PERSON\" IS NOT NULL GROUP BY T.\"PERSON\") G0) G WHERE G.\"R1\" <= ? OR G.\"R2\" <= ?",
                (int) communityId, false, time(from), time(to), top, top);
        return query(sql, row -> new Champion(row.getString(1), row.getString(1), row.getInt(2), row.getInt(3),
                row.getInt(4)));
    }

    /**
     * @return the people whose first post (question, answer or comment, not deleted) in the community was in
     *         [from, to), unnamed, with when: only the {@code top} earliest (ties included). Read from the first posts
     *         kept per person and community ({@link FirstPostDao}), by index (first_post_new): a person's first post
     *         lies in the period exactly when they posted in it and not before it.
     */
    public List<Newcomer> newcomers(long communityId, Instant from, Instant to, int top) {
        Sql sql = new Sql("SELECT N.\"PERSON_KEY\", N.\"FIRST_AT\" FROM (SELECT F.\"PERSON_KEY\", F.\"FIRST_AT\","
                + " RANK() OVER (ORDER BY F.\"FIRST_AT\") \"R\" FROM \"" + FIRST_POST + "\" F WHERE"
                + " F.\"COMMUNITY_ID\" = ? AND F.\"FIRST_AT\" >= ? AND F.\"FIRST_AT\" < ?) N WHERE N.\"R\" <= ?",
                (int) communityId, time(from), time(to), top);
        return query(sql, row -> new Newcomer(row.getString(1), row.getString(1), instant(row, 2)));
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

    /** @return the person key of the author of the row {@code alias}: the user key, or {@code external:<id>} */
    private static String person(String alias) {
        return "CASE WHEN " + alias + ".\"AUTHOR_KEY\" IS NOT NULL THEN " + alias + ".\"AUTHOR_KEY\" WHEN " + alias
                + ".\"EXTERNAL_AUTHOR_ID\" IS NOT NULL THEN CONCAT('" + EXTERNAL + "', " + alias
                + ".\"EXTERNAL_AUTHOR_ID\") END";
    }

    /** A statement and its parameters, written in order. */
    private static final class Sql {

        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Sql(String text, Object... parameters) {
            add(text, parameters);
        }

        Sql add(String part, Object... values) {
            text.append(part);
            Collections.addAll(parameters, values);
            return this;
        }

        Sql add(String part, List<?> values) {
            text.append(part);
            parameters.addAll(values);
            return this;
        }
    }

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

    private <T> List<T> query(Sql statement, RowReader<T> reader) {
        return query(statement.text.toString(), statement.parameters, Integer.MAX_VALUE, reader);
    }

    private <T> List<T> query(String statement, List<?> parameters, RowReader<T> reader) {
        return query(statement, parameters, Integer.MAX_VALUE, reader);
    }

    private <T> List<T> query(String statement, List<?> parameters, int limit, RowReader<T> reader) {
        return sql.createExecutor().execute(connection -> {
            try {
                String quote = connection.getMetaData().getIdentifierQuoteString().trim();
                String product = connection.getMetaData().getDatabaseProductName();
                String text = statement;
                if (String.valueOf(product).toLowerCase(Locale.ROOT).contains("postgres")) {
                    // These statements read the period's rows by index: a few thousand. PostgreSQL plans parallel
                    // workers for the larger ones, and starting them costs more than they save (on two cores, 10 to
                    // 25 ms a statement, most of a health page). For this transaction only.
                    try (java.sql.Statement setting = connection.createStatement()) {
                        setting.execute("SET LOCAL max_parallel_workers_per_gather = 0");
                    }
                }
                if (limit < Integer.MAX_VALUE) {
                    // the limit in the statement too, so that the planner reads an ordered index only as far as it
                    // needs (PostgreSQL plans for every row otherwise, and sorts them)
                    text += org.guildhall.platform.RowLimit.clause(product, limit);
                }
                try (PreparedStatement select = connection.prepareStatement(text.replace("\"", quote))) {
                    for (int i = 0; i < parameters.size(); i++) {
                        select.setObject(i + 1, parameters.get(i));
                    }
                    if (limit < Integer.MAX_VALUE) {
                        // and setMaxRows, which every database Confluence supports honours
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

package org.guildhall.analytics.ao;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.analytics.HealthReport.Champion;
import org.guildhall.analytics.HealthReport.Newcomer;
import org.guildhall.analytics.HealthRows.ActivityCounts;
import org.guildhall.analytics.HealthRows.AnswerTimes;
import org.guildhall.analytics.HealthRows.Kind;
import org.guildhall.analytics.HealthRows.MembershipCounts;
import org.guildhall.analytics.HealthRows.QuestionCounts;
import org.guildhall.analytics.HealthRows.Unanswered;
import org.guildhall.analytics.HealthRows.ValuedPost;
import org.guildhall.analytics.HealthRows.WeekPeople;
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
    /** Stands for the time from {@code D.ASKED_AT} to {@code D.AT}, in an order the database can sort by */
    private static final String DURATION = "@DURATION@";

    private final TransactionalExecutorFactory sql;

    public HealthDao(@ComponentImport TransactionalExecutorFactory sql) {
        this.sql = sql;
    }

    /**
     * @return by community, the figures of the questions asked in [from, to) and not deleted, answers counted when
     *         written before {@code to}: one statement per {@value #SLICE} communities, grouped by community, each
     *         question's answers, routing and first posts looked up by index (question id, pair key); memberships
     *         only for answers whose crossing of communities is not stored (user key, pair key)
     */
    public Map<Long, QuestionCounts> questionCounts(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, QuestionCounts> counts = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            Sql sql = new Sql("SELECT D.\"COMMUNITY_ID\", COUNT(*), SUM(D.\"ANSWERED\"), SUM(D.\"ACCEPTED\"),"
                    + " SUM(D.\"CROSS\"), SUM(D.\"NEWCOMER\"), SUM(D.\"ROUTED\"), SUM(D.\"ROUTED_ANSWERED\"),"
                    + " SUM(D.\"DECLINES\") FROM (SELECT Q.\"COMMUNITY_ID\", CASE WHEN EXISTS (SELECT 1");
            answeredBy(sql, to).add(") THEN 1 ELSE 0 END \"ANSWERED\", CASE WHEN EXISTS (SELECT 1");
            accepted(sql, to).add(") THEN 1 ELSE 0 END \"ACCEPTED\"");
            // cross-pollination: an answer that crossed communities when it was written (stored with it, see
            // AnswerEntity.getCrossCommunity); for answers where it is not known (null: written by an older node, or
            // restored from an archive) as the memberships are now: an asker who is a member somewhere, answered by a
            // Confluence user who is a member of none of the asker's communities
            // (whether the asker is a member somewhere as a scalar subquery: an EXISTS would let PostgreSQL hash every
            // membership of the site instead of looking the asker up)
            sql.add(", CASE WHEN EXISTS (SELECT 1");
            answeredBy(sql, to).add(" AND (A.\"CROSS_COMMUNITY\" = ? OR A.\"CROSS_COMMUNITY\" IS NULL"
                    + " AND A.\"AUTHOR_KEY\" IS NOT NULL AND Q.\"AUTHOR_KEY\" IS NOT NULL AND (SELECT"
                    + " MIN(M.\"COMMUNITY_ID\") FROM \"" + MEMBERSHIP + "\" M WHERE M.\"USER_KEY\" = Q.\"AUTHOR_KEY\""
                    + " AND M.\"MEMBER_STATE\" = ?) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"" + MEMBERSHIP
                    + "\" MA WHERE MA.\"USER_KEY\" = A.\"AUTHOR_KEY\" AND MA.\"MEMBER_STATE\" = ? AND EXISTS (SELECT 1"
                    + " FROM \"" + MEMBERSHIP + "\" MQ WHERE MQ.\"PAIR_KEY\" = CONCAT(MA.\"COMMUNITY_ID\", ':',"
                    + " Q.\"AUTHOR_KEY\") AND MQ.\"MEMBER_STATE\" = ?)))) THEN 1 ELSE 0 END \"CROSS\"", true, MEMBER,
                    MEMBER, MEMBER);
            // answered by a newcomer: someone who had not posted in the community before the period
            sql.add(", CASE WHEN EXISTS (SELECT 1");
            answeredBy(sql, to).add(" AND NOT EXISTS (SELECT 1 FROM \"" + FIRST_POST + "\" F WHERE F.\"PAIR_KEY\" ="
                    + " CONCAT(Q.\"COMMUNITY_ID\", '|', " + person("A") + ") AND F.\"FIRST_AT\" < ?)) THEN 1 ELSE 0"
                    + " END \"NEWCOMER\"", time(from));
            sql.add(", CASE WHEN EXISTS (SELECT 1 FROM \"" + ROUTING + "\" R WHERE R.\"QUESTION_ID\" = Q.\"ID\")"
                    + " THEN 1 ELSE 0 END \"ROUTED\", CASE WHEN EXISTS (SELECT 1");
            answeredBy(sql, to).add(" AND EXISTS (SELECT 1 FROM \"" + ROUTING + "\" R WHERE R.\"QUESTION_ID\" ="
                    + " Q.\"ID\" AND R.\"PERSON_KEY\" = A.\"AUTHOR_KEY\")) THEN 1 ELSE 0 END \"ROUTED_ANSWERED\"");
            sql.add(", (SELECT COUNT(*) FROM \"" + ROUTING + "\" R WHERE R.\"QUESTION_ID\" = Q.\"ID\""
                    + " AND R.\"DECLINED_AT\" IS NOT NULL) \"DECLINES\"");
            asked(sql, slice, from, to).add(") D GROUP BY D.\"COMMUNITY_ID\"");
            query(sql, row -> counts.put(row.getLong(1), new QuestionCounts(row.getInt(2), row.getInt(3),
                    row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8), row.getInt(9))));
        }
        return counts;
    }

    /**
     * @return by community, the median and 90th percentile (nearest rank) of the time from asking to the first answer
     *         by someone other than the asker, and the median time to the accepted answer, of the questions asked in
     *         [from, to), answers and acceptance before {@code to}: the database sorts the times and returns only the
     *         questions at those ranks
     */
    public Map<Long, AnswerTimes> answerTimes(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, Long[]> times = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            Sql sql = new Sql("SELECT R.\"COMMUNITY_ID\", R.\"KIND\", R.\"ASKED_AT\", R.\"AT\", R.\"RN\", R.\"N\""
                    + " FROM (");
            ranked(sql, "F", slice, from, to, first -> answeredBy(first.add("SELECT MIN(A.\"CREATED_AT\")"), to));
            sql.add(" UNION ALL ");
            ranked(sql, "A", slice, from, to, accepted -> accepted(accepted.add("SELECT MIN(A.\"ACCEPTED_AT\")"), to));
            // the nearest rank k of p% of n is the smallest k with 100 k >= p n
            sql.add(") R WHERE (100 * R.\"RN\" >= 50 * R.\"N\" AND 100 * (R.\"RN\" - 1) < 50 * R.\"N\") OR"
                    + " (R.\"KIND\" = 'F' AND 100 * R.\"RN\" >= 90 * R.\"N\" AND 100 * (R.\"RN\" - 1) < 90 * R.\"N\")");
            query(sql, row -> {
                Long[] community = times.computeIfAbsent(row.getLong(1), id -> new Long[3]);
                long seconds = Duration.between(instant(row, 3), instant(row, 4)).getSeconds();
                long rank = row.getLong(5);
                long n = row.getLong(6);
                if (row.getString(2).equals("A")) {
                    community[2] = seconds;
                } else {
                    if (rank == nearestRank(n, 50)) {
                        community[0] = seconds;
                    }
                    if (rank == nearestRank(n, 90)) {
                        community[1] = seconds;
                    }
                }
                return null;
            });
        }
        Map<Long, AnswerTimes> result = new HashMap<>();
        times.forEach((id, t) -> result.put(id, new AnswerTimes(t[0], t[1], t[2])));
        return result;
    }

    /** @return the nearest rank of the {@code p}th percentile of {@code n} sorted values, from 1 */
    static long nearestRank(long n, int p) {
        return Math.max(1, (p * n + 99) / 100);
    }

    private void ranked(Sql sql, String kind, List<Object> slice, Instant from, Instant to,
                        java.util.function.Consumer<Sql> at) {
        sql.add("SELECT D.\"COMMUNITY_ID\", '" + kind + "' \"KIND\", D.\"ASKED_AT\", D.\"AT\", ROW_NUMBER() OVER"
                + " (PARTITION BY D.\"COMMUNITY_ID\" ORDER BY " + DURATION + ", D.\"ID\")"
                + " \"RN\", COUNT(*) OVER (PARTITION BY D.\"COMMUNITY_ID\") \"N\" FROM (SELECT Q.\"ID\","
                + " Q.\"COMMUNITY_ID\", Q.\"CREATED_AT\" \"ASKED_AT\", (");
        at.accept(sql);
        asked(sql.add(") \"AT\""), slice, from, to).add(") D WHERE D.\"AT\" IS NOT NULL");
    }

    /** The questions asked in the communities in [from, to), not deleted, as {@code Q} (index q_community_new). */
    private static Sql asked(Sql sql, List<Object> slice, Instant from, Instant to) {
        return sql.add(" FROM \"" + QUESTION + "\" Q WHERE Q.\"COMMUNITY_ID\" IN (" + placeholders(slice) + ")"
                + " AND Q.\"DELETED\" = ? AND Q.\"CREATED_AT\" >= ? AND Q.\"CREATED_AT\" < ?", slice)
                .add("", false, time(from), time(to));
    }

    /** The non-deleted answers {@code A} to question {@code Q} by someone other than its asker, written before. */
    private static Sql answeredBy(Sql sql, Instant before) {
        return sql.add(" FROM \"" + ANSWER + "\" A WHERE A.\"QUESTION_ID\" = Q.\"ID\" AND A.\"DELETED\" = ?"
                + " AND A.\"CREATED_AT\" < ? AND " + BY_OTHERS, false, time(before));
    }

    /** The non-deleted answer {@code A} to question {@code Q} written and accepted before. */
    private static Sql accepted(Sql sql, Instant before) {
        return sql.add(" FROM \"" + ANSWER + "\" A WHERE A.\"QUESTION_ID\" = Q.\"ID\" AND A.\"DELETED\" = ?"
                + " AND A.\"CREATED_AT\" < ? AND A.\"ACCEPTED_FOR\" IS NOT NULL AND A.\"ACCEPTED_AT\" < ?", false,
                time(before), time(before));
    }

    /**
     * @return by community, the people who asked, answered, commented (not deleted) or voted in [from, to), how many of
     *         them had posted there before {@code from}, and how many posted for the first time (newcomers): one
     *         statement per {@value #SLICE} communities, the first posts looked up by their unique pair key
     */
    public Map<Long, ActivityCounts> activityCounts(Collection<Long> communityIds, Instant from, Instant to) {
        Map<Long, ActivityCounts> counts = new HashMap<>();
        for (List<Object> slice : slices(communityIds)) {
            Sql sql = new Sql("SELECT P.\"COMMUNITY_ID\", COUNT(*), COUNT(F.\"ID\"), SUM(CASE WHEN P.\"POSTED\" = 1"
                    + " AND F.\"ID\" IS NULL THEN 1 ELSE 0 END) FROM (SELECT U.\"COMMUNITY_ID\", U.\"PERSON\","
                    + " MAX(U.\"POSTED\") \"POSTED\" FROM (");
            contributions(sql, "IN (" + placeholders(slice) + ")", slice, from, to, true, null);
            sql.add(") U WHERE U.\"PERSON\" IS NOT NULL GROUP BY U.\"COMMUNITY_ID\", U.\"PERSON\") P LEFT JOIN \""
                    + FIRST_POST + "\" F ON F.\"PAIR_KEY\" = CONCAT(P.\"COMMUNITY_ID\", '|', P.\"PERSON\")"
                    + " AND F.\"FIRST_AT\" < ? GROUP BY P.\"COMMUNITY_ID\"", time(from));
            query(sql, row -> counts.put(row.getLong(1), new ActivityCounts(row.getInt(2), row.getInt(3),
                    row.getInt(4))));
        }
        return counts;
    }

    /**
     * Appends the contributions of [from, to) as rows {@code COMMUNITY_ID, PERSON, POSTED} (1 for a post, 0 for a
     * vote), {@code KIND} and {@code CREATED_AT}: questions, answers and comments not deleted, and (with
     * {@code votes}) votes; with {@code weeks}, the number of the week each falls in as {@code WEEK}.
     */
    private static void contributions(Sql sql, String communities, List<Object> communityIds, Instant from,
                                      Instant to, boolean votes, List<Instant> weeks) {
        List<String> tables = votes ? List.of(QUESTION, ANSWER, COMMENT, VOTE) : List.of(QUESTION, ANSWER, COMMENT);
        for (String table : tables) {
            boolean vote = table.equals(VOTE);
            sql.add(table.equals(QUESTION) ? "" : " UNION ALL ");
            sql.add("SELECT T.\"COMMUNITY_ID\", " + (vote ? "T.\"VOTER_KEY\"" : person("T")) + " \"PERSON\", "
                    + (vote ? 0 : 1) + " \"POSTED\", '" + KINDS.get(tables.indexOf(table)) + "' \"KIND\","
                    + " T.\"CREATED_AT\"");
            if (weeks != null) {
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
     * @return by week (from 0) the distinct people active in the community in [from, to), in all (kind null) and by
     *         kind: one statement
     */
    public List<WeekPeople> weekPeople(long communityId, List<Instant> weekStarts, Instant to) {
        Sql sql = new Sql("");
        for (boolean byKind : List.of(true, false)) {
            sql.add(byKind ? "" : " UNION ALL ");
            sql.add("SELECT W.\"WEEK\", " + (byKind ? "W.\"KIND\"" : "'*'") + ", COUNT(DISTINCT W.\"PERSON\") FROM (");
            contributions(sql, "= ?", List.of((int) communityId), weekStarts.get(0), to, true, weekStarts);
            sql.add(") W WHERE W.\"PERSON\" IS NOT NULL GROUP BY W.\"WEEK\"" + (byKind ? ", W.\"KIND\"" : ""));
        }
        return query(sql, row -> {
            int kind = KINDS.indexOf(row.getString(2));
            return new WeekPeople(row.getInt(1), kind < 0 ? null : Kind.values()[kind], row.getInt(3));
        });
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
     *         [from, to), unnamed, with when: only the {@code top} earliest (ties included)
     */
    public List<Newcomer> newcomers(long communityId, Instant from, Instant to, int top) {
        Sql sql = new Sql("SELECT N.\"PERSON\", N.\"FIRST_AT\" FROM (SELECT P.\"PERSON\", P.\"FIRST_AT\", RANK()"
                + " OVER (ORDER BY P.\"FIRST_AT\") \"R\" FROM (SELECT U.\"PERSON\", MIN(U.\"CREATED_AT\") \"FIRST_AT\""
                + " FROM (");
        contributions(sql, "= ?", List.of((int) communityId), from, to, false, null);
        sql.add(") U WHERE U.\"PERSON\" IS NOT NULL GROUP BY U.\"PERSON\") P WHERE NOT EXISTS (SELECT 1 FROM \""
                + FIRST_POST + "\" F WHERE F.\"PAIR_KEY\" = CONCAT('" + communityId + "|', P.\"PERSON\") AND"
                + " F.\"FIRST_AT\" < ?)) N WHERE N.\"R\" <= ?", time(from), top);
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

    /** @return {@link #DURATION} as this database writes it */
    private static String duration(String product) {
        String name = String.valueOf(product).toLowerCase(Locale.ROOT);
        if (name.contains("mysql") || name.contains("mariadb")) {
            return "TIMESTAMPDIFF(MICROSECOND, D.\"ASKED_AT\", D.\"AT\")";
        }
        if (name.contains("microsoft")) {
            return "DATEDIFF_BIG(MILLISECOND, D.\"ASKED_AT\", D.\"AT\")";
        }
        // PostgreSQL, H2 and Oracle subtract timestamps to an interval, which sorts
        return "(D.\"AT\" - D.\"ASKED_AT\")";
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
                String text = statement.replace(DURATION, duration(product));
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

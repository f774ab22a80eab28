package org.guildhall.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.community.ao.MemberNameTokenEntity.COMMUNITY_ID;
import static org.guildhall.community.ao.MemberNameTokenEntity.MEMBER_STATE;
import static org.guildhall.community.ao.MemberNameTokenEntity.TOKEN;
import static org.guildhall.community.ao.MemberNameTokenEntity.USER_KEY;

/**
 * The words of members' names, Guildhall's own index for the member search (names live in Confluence; searching its
 * whole user directory and then matching memberships was too slow in large communities).
 *
 * <p>A search word matches every token it begins: {@code TOKEN >= word AND TOKEN < word + '\uffff'}, a range that a
 * btree index on (community, token) answers under any collation. The rows hold lower-cased words only.
 */
@Component
public class MemberNameTokenDao {

    /** Sorts after every character a token may end with, so that {@code [word, word + UPPER)} holds all its prefixes. */
    static final String UPPER = "\uffff";

    /**
     * Longer tokens a word must begin to be called common: then walking the members in order and checking each finds
     * a page sooner than reading all those tokens and sorting them. With pages of 25, walking costs about 25 × members
     * / matches look-ups, reading the matches about as many as there are: they meet near the square root of 25 × 2 ×
     * members, some 1,600 in a community of 50,000.
     */
    static final int COMMON_WORD_ROWS = 2000;

    /**
     * Matches up to which the words of a search of several words are told apart by how rare they are, to choose the
     * one whose tokens drive: counting further would cost more than it saves (a page reads its tokens in order and
     * stops after the page anyway).
     */
    static final int RARE_WORD_ROWS = 200;

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final int commonWordRows;

    @Autowired
    public MemberNameTokenDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this(ao, sql, COMMON_WORD_ROWS);
    }

    /** @param commonWordRows longer tokens from which a word counts as common (tests lower it to try every plan) */
    MemberNameTokenDao(ActiveObjects ao, TransactionalExecutorFactory sql, int commonWordRows) {
        this.ao = ao;
        this.sql = sql;
        this.commonWordRows = commonWordRows;
    }

    /**
     * Replaces the person's tokens in the community, stored with their membership's state. Call in the transaction
     * of the membership change.
     */
    public void replace(long communityId, String userKey, MembershipState state, Collection<String> tokens) {
        delete(communityId, userKey);
        if (tokens.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String token : tokens) {
            Map<String, Object> row = new HashMap<>();
            row.put(COMMUNITY_ID, (int) communityId);
            row.put(USER_KEY, userKey);
            row.put(TOKEN, token);
            row.put(MEMBER_STATE, state.name());
            rows.add(row);
        }
        ao.create(MemberNameTokenEntity.class, rows);
    }

    /** Removes the person's tokens in the community (the membership ended). */
    public void delete(long communityId, String userKey) {
        ao.deleteWithSQL(MemberNameTokenEntity.class, COMMUNITY_ID + " = ? AND " + USER_KEY + " = ?",
                (int) communityId, userKey);
    }

    /**
     * Keeps the person's tokens at their membership's new state (a request approved, an invitation accepted, a ban).
     * One statement; call in the transaction of the membership change.
     */
    public void changeState(long communityId, String userKey, MembershipState state) {
        sql.createExecutor().execute(connection -> {
            String q = quote(connection);
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + q + MemberNameTokenEntity.TABLE
                    + q + " SET " + q + MEMBER_STATE + q + " = ? WHERE " + q + COMMUNITY_ID + q + " = ? AND " + q
                    + USER_KEY + q + " = ?")) {
                update.setString(1, state.name());
                update.setInt(2, (int) communityId);
                update.setString(3, userKey);
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not change the state of a member's name words", e);
            }
        });
    }

    /**
     * Gives the tokens without a state (written by a node older than model version 3 during a rolling upgrade) their
     * membership's state, and removes those whose membership is gone. Two statements.
     *
     * @return how many tokens got a state
     */
    public int fillMissingStates() {
        return sql.createExecutor().execute(connection -> {
            String q = quote(connection);
            String words = q + MemberNameTokenEntity.TABLE + q;
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + words + " SET " + q
                    + MEMBER_STATE + q + " = (SELECT m." + q + MembershipEntity.MEMBER_STATE + q + " FROM " + q
                    + MembershipEntity.TABLE + q + " m WHERE m." + q + MembershipEntity.COMMUNITY_ID + q + " = "
                    + words + "." + q + COMMUNITY_ID + q + " AND m." + q + MembershipEntity.USER_KEY + q + " = "
                    + words + "." + q + USER_KEY + q + ") WHERE " + q + MEMBER_STATE + q + " IS NULL");
                 PreparedStatement orphans = connection.prepareStatement("DELETE FROM " + words + " WHERE " + q
                         + MEMBER_STATE + q + " IS NULL")) {
                int filled = update.executeUpdate();
                return filled - orphans.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not fill the states of members' name words", e);
            }
        });
    }

    /** A membership whose person has no name words stored yet. */
    public record Unindexed(long membershipId, long communityId, String userKey, MembershipState state) {
    }

    /**
     * One statement: memberships (in any state) after {@code afterMembershipId} without any name word, by id — those
     * added before the name index existed.
     */
    public List<Unindexed> findUnindexed(long afterMembershipId, int limit) {
        return sql.createExecutor().execute(connection -> {
            try {
                String q = connection.getMetaData().getIdentifierQuoteString().trim();
                String query = "SELECT m." + q + MembershipEntity.ID + q + ", m." + q + MembershipEntity.COMMUNITY_ID
                        + q + ", m." + q + MembershipEntity.USER_KEY + q + ", m." + q + MembershipEntity.MEMBER_STATE
                        + q + " FROM " + q + MembershipEntity.TABLE + q
                        + " m WHERE m." + q + MembershipEntity.ID + q + " > ? AND NOT EXISTS (SELECT 1 FROM " + q
                        + MemberNameTokenEntity.TABLE + q + " t WHERE t." + q + COMMUNITY_ID + q + " = m." + q
                        + MembershipEntity.COMMUNITY_ID + q + " AND t." + q + USER_KEY + q + " = m." + q
                        + MembershipEntity.USER_KEY + q + ") ORDER BY m." + q + MembershipEntity.ID + q + " ASC"
                        + limit(connection, limit);
                try (PreparedStatement statement = connection.prepareStatement(query)) {
                    statement.setInt(1, (int) afterMembershipId);
                    List<Unindexed> found = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            found.add(new Unindexed(result.getLong(1), result.getLong(2), result.getString(3),
                                    MembershipState.parseStored(result.getString(4)).orElse(MembershipState.MEMBER)));
                        }
                    }
                    return found;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the memberships without name words", e);
            }
        });
    }

    /**
     * Two statements (one when a word of several begins no name word): how many tokens each search word begins — the
     * token equal to it, and longer ones (counted only up to a cap, from the index alone) — then the page. A word
     * matches the token equal to it (a whole last name) and the longer tokens it begins ({@code smith} also
     * {@code smithers}). The driving word is the rarest one that does not begin too many longer tokens:
     * <ul>
     * <li>the (community, state, token) range of the (community, state, token, user) index for the token equal to it
     * is already in user-key order: it is read from the cursor and stops after the page — a page of a common last
     * name reads about 26 index entries, not its thousand matches;</li>
     * <li>the longer tokens it begins, when there are any (fewer than {@value #COMMON_WORD_ROWS}), are read whole and
     * merged with that page in user-key order (a person counted once);</li>
     * <li>each entry is checked for the other words through the index: a word that begins no longer token as one
     * point look-up of (community, state, token, user), else as a range of (community, user, token);</li>
     * <li>when every word begins too many longer tokens (one in a few people has one), the community's members are
     * walked in user-key order from the cursor and each is checked for every word, until the page is full.</li>
     * </ul>
     * All return the user keys of the community's memberships in that state (and role) that have, for every word,
     * a token starting with it, in user-key order after {@code afterUserKey}: keyset paging, never an offset. The
     * state comes from the tokens, which carry their membership's; a role is checked in the membership.
     *
     * @param words        lower-cased words, at least one
     * @param afterUserKey the last user key of the previous page, or empty
     * @return up to {@code limit} user keys, in order
     */
    public List<String> findUserKeys(long communityId, MembershipState state, Optional<MembershipRole> role,
                                     List<String> words, Optional<String> afterUserKey, int limit) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("A search needs at least one word");
        }
        return sql.createExecutor().execute(connection -> {
            try {
                String q = quote(connection);
                Page page = new Page(q, limit(connection, limit), communityId, state, role, afterUserKey);
                List<WordMatches> matches = count(connection, page, words);
                if (matches.stream().anyMatch(WordMatches::none)) {
                    return List.of();
                }
                Optional<WordMatches> driver = matches.stream()
                        .filter(word -> word.longer() < commonWordRows)
                        .min(Comparator.comparingInt(WordMatches::total));
                if (driver.isEmpty()) {
                    return walkMembers(connection, page, words);
                }
                List<WordMatches> others = new ArrayList<>(matches);
                others.remove(driver.get());
                return fromWord(connection, page, driver.get(), others);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not search the members by name", e);
            }
        });
    }

    /** What every plan of one search shares: the community, state, role, cursor and the row limit as written. */
    private record Page(String q, String limitClause, long communityId, MembershipState state,
                        Optional<MembershipRole> role, Optional<String> afterUserKey) {
    }

    /**
     * How many tokens a search word matches among the community's memberships in the state.
     *
     * @param equal  tokens equal to it, counted up to {@value #RARE_WORD_ROWS}; -1 when not counted (a search of one
     *               word needs no rarity)
     * @param longer longer tokens it begins, counted up to the common-word cap
     */
    private record WordMatches(String word, int equal, int longer) {

        boolean none() {
            return equal == 0 && longer == 0;
        }

        int total() {
            return Math.max(equal, 0) + longer;
        }
    }

    /**
     * One statement: for each word, how many longer tokens it begins (up to the common-word cap) and, when there are
     * several words, how many tokens equal it (up to {@value #RARE_WORD_ROWS}) — each from the index alone, reading no
     * more entries than the caps.
     */
    private List<WordMatches> count(Connection connection, Page page, List<String> words) throws SQLException {
        String q = page.q();
        boolean rarity = words.size() > 1;
        StringBuilder query = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i > 0) {
                query.append(" UNION ALL ");
            }
            if (rarity) {
                query.append("SELECT ").append(i).append(" AS w, 0 AS k, COUNT(*) AS n FROM (SELECT 1 AS x FROM ")
                        .append(tokens(q)).append(" AND t.").append(q).append(TOKEN).append(q).append(" = ?")
                        .append(limit(connection, RARE_WORD_ROWS)).append(") e").append(i).append(" UNION ALL ");
                addTokens(parameters, page);
                parameters.add(word);
            }
            query.append("SELECT ").append(i).append(" AS w, 1 AS k, COUNT(*) AS n FROM (SELECT 1 AS x FROM ")
                    .append(tokens(q)).append(" AND ").append(longerTokens("t", q))
                    .append(limit(connection, commonWordRows)).append(") l").append(i);
            addTokens(parameters, page);
            parameters.add(word);
            parameters.add(word + UPPER);
        }
        int[] equal = new int[words.size()];
        int[] longer = new int[words.size()];
        Arrays.fill(equal, rarity ? 0 : -1);
        try (PreparedStatement statement = prepare(connection, query.toString(), parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                (result.getInt(2) == 0 ? equal : longer)[result.getInt(1)] = result.getInt(3);
            }
        }
        List<WordMatches> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            matches.add(new WordMatches(words.get(i), equal[i], longer[i]));
        }
        return matches;
    }

    /**
     * The page from the driving word: its equal token's entries in user-key order from the cursor, stopping after the
     * page, merged (when it begins longer tokens) with all its longer tokens' entries; each checked for the other
     * words and the role.
     */
    private List<String> fromWord(Connection connection, Page page, WordMatches driver, List<WordMatches> others)
            throws SQLException {
        String q = page.q();
        List<Object> parameters = new ArrayList<>();
        StringBuilder equal = new StringBuilder("SELECT t.").append(q).append(USER_KEY).append(q).append(" FROM ")
                .append(tokens(q)).append(" AND t.").append(q).append(TOKEN).append(q).append(" = ?");
        addTokens(parameters, page);
        parameters.add(driver.word());
        checks(equal, parameters, page, others);
        equal.append(" ORDER BY t.").append(q).append(USER_KEY).append(q).append(" ASC").append(page.limitClause());
        if (driver.longer() == 0) {
            return userKeys(connection, equal.toString(), parameters);
        }
        StringBuilder merged = new StringBuilder("SELECT u.").append(q).append(USER_KEY).append(q)
                .append(" FROM (SELECT p.").append(q).append(USER_KEY).append(q).append(" FROM (").append(equal)
                .append(") p UNION SELECT t.").append(q).append(USER_KEY).append(q).append(" FROM ").append(tokens(q))
                .append(" AND ").append(longerTokens("t", q));
        addTokens(parameters, page);
        parameters.add(driver.word());
        parameters.add(driver.word() + UPPER);
        checks(merged, parameters, page, others);
        merged.append(") u ORDER BY u.").append(q).append(USER_KEY).append(q).append(" ASC")
                .append(page.limitClause());
        return userKeys(connection, merged.toString(), parameters);
    }

    /** {@code <tokens> t WHERE <community> = ? AND <state> = ?}: two parameters. */
    private static String tokens(String q) {
        return q + MemberNameTokenEntity.TABLE + q + " t WHERE t." + q + COMMUNITY_ID + q + " = ? AND t." + q
                + MEMBER_STATE + q + " = ?";
    }

    private static void addTokens(List<Object> parameters, Page page) {
        parameters.add((int) page.communityId());
        parameters.add(page.state().name());
    }

    /** {@code TOKEN > ? AND TOKEN < ?}: the tokens a word begins that are longer than it, as an index range. */
    private static String longerTokens(String alias, String q) {
        return alias + "." + q + TOKEN + q + " > ? AND " + alias + "." + q + TOKEN + q + " < ?";
    }

    /**
     * The cursor, the other words and the role, for a query over tokens {@code t}. A word that begins no longer token
     * is checked by one point look-up of its token; others by a prefix range of the person's tokens. Each check is
     * inside CASE, so that no database turns it into a join that reads every match of the other word first (without
     * statistics, right after a bulk load, PostgreSQL otherwise joins without the user key as an index condition): each
     * entry read in order is checked, and the read stops when the page is full.
     */
    private static void checks(StringBuilder query, List<Object> parameters, Page page, List<WordMatches> others) {
        String q = page.q();
        page.afterUserKey().ifPresent(value -> {
            query.append(" AND t.").append(q).append(USER_KEY).append(q).append(" > ?");
            parameters.add(value);
        });
        for (int i = 0; i < others.size(); i++) {
            WordMatches other = others.get(i);
            String alias = "o" + i;
            if (other.longer() == 0) {
                perEntry(query, "SELECT 1 FROM " + q + MemberNameTokenEntity.TABLE + q + " " + alias + " WHERE "
                        + alias + "." + q + COMMUNITY_ID + q + " = ? AND " + alias + "." + q + MEMBER_STATE + q
                        + " = ? AND " + alias + "." + q + TOKEN + q + " = ? AND " + alias + "." + q + USER_KEY + q
                        + " = t." + q + USER_KEY + q);
                addTokens(parameters, page);
                parameters.add(other.word());
            } else {
                perEntry(query, wordOf(q, alias, "t"));
                addWord(parameters, page.communityId(), other.word());
            }
        }
        page.role().ifPresent(value -> {
            perEntry(query, "SELECT 1 FROM " + q + MembershipEntity.TABLE + q + " m WHERE m." + q
                    + MembershipEntity.COMMUNITY_ID + q + " = ? AND m." + q + MembershipEntity.MEMBER_STATE + q
                    + " = ? AND m." + q + MembershipEntity.MEMBER_ROLE + q + " = ? AND m." + q
                    + MembershipEntity.USER_KEY + q + " = t." + q + USER_KEY + q);
            parameters.add((int) page.communityId());
            parameters.add(page.state().name());
            parameters.add(value.name());
        });
    }

    /** {@code AND CASE WHEN EXISTS (check) THEN 1 ELSE 0 END = 1}: the check runs per row, as a look-up. */
    private static void perEntry(StringBuilder query, String check) {
        query.append(" AND CASE WHEN EXISTS (").append(check).append(") THEN 1 ELSE 0 END = 1");
    }

    /** The community's members in user-key order, each checked for every word, until the page is full. */
    private List<String> walkMembers(Connection connection, Page page, List<String> words) throws SQLException {
        String q = page.q();
        long communityId = page.communityId();
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = new StringBuilder("SELECT m.").append(q).append(MembershipEntity.USER_KEY).append(q)
                .append(" FROM ").append(q).append(MembershipEntity.TABLE).append(q).append(" m WHERE m.")
                .append(q).append(MembershipEntity.COMMUNITY_ID).append(q).append(" = ? AND m.").append(q)
                .append(MembershipEntity.MEMBER_STATE).append(q).append(" = ?");
        parameters.add((int) communityId);
        parameters.add(page.state().name());
        page.role().ifPresent(value -> {
            query.append(" AND m.").append(q).append(MembershipEntity.MEMBER_ROLE).append(q).append(" = ?");
            parameters.add(value.name());
        });
        page.afterUserKey().ifPresent(value -> {
            query.append(" AND m.").append(q).append(MembershipEntity.USER_KEY).append(q).append(" > ?");
            parameters.add(value);
        });
        // per member, as in checks(): the walk stops when the page is full
        for (int i = 0; i < words.size(); i++) {
            perEntry(query, wordOf(q, "w" + i, "m"));
            addWord(parameters, communityId, words.get(i));
        }
        query.append(" ORDER BY m.").append(q).append(MembershipEntity.USER_KEY).append(q).append(" ASC")
                .append(page.limitClause());
        return userKeys(connection, query.toString(), parameters);
    }

    /** A token of the outer row's person in the community that begins with a word: three parameters. */
    private static String wordOf(String q, String alias, String outer) {
        return "SELECT 1 FROM " + q + MemberNameTokenEntity.TABLE + q + " " + alias + " WHERE " + alias + "." + q
                + COMMUNITY_ID + q + " = ? AND " + alias + "." + q + USER_KEY + q + " = " + outer + "." + q + USER_KEY
                + q + " AND " + tokenRange(alias, q);
    }

    private static void addWord(List<Object> parameters, long communityId, String word) {
        parameters.add((int) communityId);
        parameters.add(word);
        parameters.add(word + UPPER);
    }

    /** {@code TOKEN >= ? AND TOKEN < ?}: the tokens a word begins, as an index range. */
    private static String tokenRange(String alias, String q) {
        return alias + "." + q + TOKEN + q + " >= ? AND " + alias + "." + q + TOKEN + q + " < ?";
    }

    private static PreparedStatement prepare(Connection connection, String query, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static List<String> userKeys(Connection connection, String query, List<Object> parameters)
            throws SQLException {
        List<String> userKeys = new ArrayList<>();
        try (PreparedStatement statement = prepare(connection, query, parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                userKeys.add(result.getString(1));
            }
        }
        return userKeys;
    }

    private static String quote(Connection connection) {
        try {
            return connection.getMetaData().getIdentifierQuoteString().trim();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's identifier quote", e);
        }
    }

    /** The row limit as the database writes it. */
    private static String limit(Connection connection, int rows) throws SQLException {
        return org.guildhall.platform.RowLimit.clause(connection.getMetaData().getDatabaseProductName(), rows);
    }
}

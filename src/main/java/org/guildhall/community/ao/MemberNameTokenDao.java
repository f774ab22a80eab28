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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.guildhall.community.ao.MemberNameTokenEntity.COMMUNITY_ID;
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
     * Matches a word needs to be called common: then walking the members in order and checking each finds a page
     * sooner than reading every match and sorting them. With pages of 25, walking costs about 25 × members / matches
     * look-ups, reading the matches about as many as there are: they meet near the square root of 25 × 2 × members,
     * some 1,600 in a community of 50,000.
     */
    static final int COMMON_WORD_ROWS = 2000;

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final int commonWordRows;

    @Autowired
    public MemberNameTokenDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this(ao, sql, COMMON_WORD_ROWS);
    }

    /** @param commonWordRows matches from which a word counts as common (tests lower it to try both plans) */
    MemberNameTokenDao(ActiveObjects ao, TransactionalExecutorFactory sql, int commonWordRows) {
        this.ao = ao;
        this.sql = sql;
        this.commonWordRows = commonWordRows;
    }

    /** Replaces the person's tokens in the community. Call in the transaction of the membership change. */
    public void replace(long communityId, String userKey, Collection<String> tokens) {
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
            rows.add(row);
        }
        ao.create(MemberNameTokenEntity.class, rows);
    }

    /** Removes the person's tokens in the community (the membership ended). */
    public void delete(long communityId, String userKey) {
        ao.deleteWithSQL(MemberNameTokenEntity.class, COMMUNITY_ID + " = ? AND " + USER_KEY + " = ?",
                (int) communityId, userKey);
    }

    /** A membership whose person has no name words stored yet. */
    public record Unindexed(long membershipId, long communityId, String userKey) {
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
                        + q + ", m." + q + MembershipEntity.USER_KEY + q + " FROM " + q + MembershipEntity.TABLE + q
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
                            found.add(new Unindexed(result.getLong(1), result.getLong(2), result.getString(3)));
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
     * Two statements (one when no word begins any name word): how many name words each search word begins (counted
     * only up to {@value #COMMON_WORD_ROWS}, from the index alone), then the page, by the cheaper of two plans:
     * <ul>
     * <li>the rarest word has fewer matches: its range of the (community, token, user) index drives — at most that
     * many index entries, each checked for the other words and the membership through point look-ups of the
     * (community, user, token) and membership indexes, and only those sorted by user key (a full name or a last name
     * in a community of 50,000: some hundreds or a thousand, never the whole community);</li>
     * <li>every word is common (one in a few people has it): the community's members are walked in user-key order
     * from the cursor and each is checked for every word the same way, until the page is full — a few look-ups per
     * row found, no sort.</li>
     * </ul>
     * Both return the user keys of the community's memberships in that state (and role) that have, for every word,
     * a token starting with it, in user-key order after {@code afterUserKey}: keyset paging, never an offset.
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
                String q = connection.getMetaData().getIdentifierQuoteString().trim();
                Rarity rarity = byRarity(connection, q, communityId, words, commonWordRows);
                if (rarity.rarestMatches() == 0) {
                    return List.of();
                }
                return rarity.rarestMatches() >= commonWordRows
                        ? walkMembers(connection, q, communityId, state, role, rarity.words(), afterUserKey, limit)
                        : fromRarestWord(connection, q, communityId, state, role, rarity.words(), afterUserKey,
                        limit);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not search the members by name", e);
            }
        });
    }

    /** The search words, rarest first, and how many tokens the rarest begins (counted up to the cap). */
    private record Rarity(List<String> words, int rarestMatches) {
    }

    /**
     * One statement: how many tokens each word begins in the community, each counted up to {@code cap} from the
     * index alone.
     *
     * @return the words, rarest first
     */
    private static Rarity byRarity(Connection connection, String q, long communityId, List<String> words,
                                   int cap) throws SQLException {
        StringBuilder query = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                query.append(" UNION ALL ");
            }
            query.append("SELECT ").append(i).append(" AS w, COUNT(*) AS n FROM (SELECT t.").append(q)
                    .append(USER_KEY).append(q).append(" FROM ").append(q).append(MemberNameTokenEntity.TABLE)
                    .append(q).append(" t WHERE t.").append(q).append(COMMUNITY_ID).append(q).append(" = ? AND ")
                    .append(tokenRange("t", q)).append(" ORDER BY t.").append(q).append(TOKEN).append(q)
                    .append(limit(connection, cap)).append(") c").append(i);
            addWord(parameters, communityId, words.get(i));
        }
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, query.toString(), parameters);
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(words.get(result.getInt(1)), result.getInt(2));
            }
        }
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingInt((String word) -> counts.getOrDefault(word, 0)));
        return new Rarity(ordered, counts.getOrDefault(ordered.get(0), 0));
    }

    /** The rarest word's matches drive; the other words and the membership are checked per match. */
    private List<String> fromRarestWord(Connection connection, String q, long communityId,
                                        MembershipState state, Optional<MembershipRole> role, List<String> words,
                                        Optional<String> afterUserKey, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = new StringBuilder("SELECT DISTINCT t.").append(q).append(USER_KEY).append(q)
                .append(" FROM ").append(q).append(MemberNameTokenEntity.TABLE).append(q).append(" t WHERE t.")
                .append(q).append(COMMUNITY_ID).append(q).append(" = ? AND ").append(tokenRange("t", q));
        addWord(parameters, communityId, words.get(0));
        afterUserKey.ifPresent(value -> {
            query.append(" AND t.").append(q).append(USER_KEY).append(q).append(" > ?");
            parameters.add(value);
        });
        otherWords(query, parameters, q, "t", communityId, words.subList(1, words.size()));
        query.append(" AND EXISTS (SELECT 1 FROM ").append(q).append(MembershipEntity.TABLE).append(q)
                .append(" m WHERE m.").append(q).append(MembershipEntity.COMMUNITY_ID).append(q).append(" = ? AND m.")
                .append(q).append(MembershipEntity.MEMBER_STATE).append(q).append(" = ?");
        parameters.add((int) communityId);
        parameters.add(state.name());
        role.ifPresent(value -> {
            query.append(" AND m.").append(q).append(MembershipEntity.MEMBER_ROLE).append(q).append(" = ?");
            parameters.add(value.name());
        });
        query.append(" AND m.").append(q).append(MembershipEntity.USER_KEY).append(q).append(" = t.").append(q)
                .append(USER_KEY).append(q).append(")");
        query.append(" ORDER BY t.").append(q).append(USER_KEY).append(q).append(" ASC")
                .append(limit(connection, limit));
        return userKeys(connection, query.toString(), parameters);
    }

    /** The community's members in user-key order, each checked for every word, until the page is full. */
    private List<String> walkMembers(Connection connection, String q, long communityId,
                                     MembershipState state, Optional<MembershipRole> role, List<String> words,
                                     Optional<String> afterUserKey, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder query = new StringBuilder("SELECT m.").append(q).append(MembershipEntity.USER_KEY).append(q)
                .append(" FROM ").append(q).append(MembershipEntity.TABLE).append(q).append(" m WHERE m.")
                .append(q).append(MembershipEntity.COMMUNITY_ID).append(q).append(" = ? AND m.").append(q)
                .append(MembershipEntity.MEMBER_STATE).append(q).append(" = ?");
        parameters.add((int) communityId);
        parameters.add(state.name());
        role.ifPresent(value -> {
            query.append(" AND m.").append(q).append(MembershipEntity.MEMBER_ROLE).append(q).append(" = ?");
            parameters.add(value.name());
        });
        afterUserKey.ifPresent(value -> {
            query.append(" AND m.").append(q).append(MembershipEntity.USER_KEY).append(q).append(" > ?");
            parameters.add(value);
        });
        // Inside CASE, so that no database turns the checks into a join that reads every match first: each member
        // read in order is checked, and the walk stops when the page is full.
        for (int i = 0; i < words.size(); i++) {
            query.append(" AND CASE WHEN EXISTS (").append(wordOf(q, "w" + i, "m")).append(") THEN 1 ELSE 0 END = 1");
            addWord(parameters, communityId, words.get(i));
        }
        query.append(" ORDER BY m.").append(q).append(MembershipEntity.USER_KEY).append(q).append(" ASC")
                .append(limit(connection, limit));
        return userKeys(connection, query.toString(), parameters);
    }

    /** {@code AND EXISTS (…)} per word: a token of the row's person in the community that begins with it. */
    private static void otherWords(StringBuilder query, List<Object> parameters, String q, String outer,
                                   long communityId, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            query.append(" AND EXISTS (").append(wordOf(q, "w" + i, outer)).append(")");
            addWord(parameters, communityId, words.get(i));
        }
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

    /** The row limit as the database writes it. */
    private static String limit(Connection connection, int rows) throws SQLException {
        String product = String.valueOf(connection.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT);
        return product.contains("oracle") || product.contains("microsoft")
                ? " OFFSET 0 ROWS FETCH NEXT " + rows + " ROWS ONLY" : " LIMIT " + rows;
    }
}

package org.guildhall.community.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;

    public MemberNameTokenDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql) {
        this.ao = ao;
        this.sql = sql;
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
     * One statement: the user keys of the community's memberships in that state that have, for every word, a token
     * starting with it.
     *
     * @param words        lower-cased words, at least one
     * @param afterUserKey the last user key of the previous page, or empty
     * @return up to {@code limit} user keys, in order
     */
    public List<String> findUserKeys(long communityId, MembershipState state, Optional<MembershipRole> role,
                                     List<String> words, Optional<String> afterUserKey, int limit) {
        return sql.createExecutor().execute(connection -> {
            try {
                String q = connection.getMetaData().getIdentifierQuoteString().trim();
                List<Object> parameters = new ArrayList<>();
                StringBuilder query = new StringBuilder("SELECT m.").append(q).append(MembershipEntity.USER_KEY)
                        .append(q).append(" FROM ").append(q).append(MembershipEntity.TABLE).append(q)
                        .append(" m WHERE m.").append(q).append(MembershipEntity.COMMUNITY_ID).append(q)
                        .append(" = ? AND m.").append(q).append(MembershipEntity.MEMBER_STATE).append(q).append(" = ?");
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
                for (String word : words) {
                    query.append(" AND m.").append(q).append(MembershipEntity.USER_KEY).append(q)
                            .append(" IN (SELECT t.").append(q).append(USER_KEY).append(q).append(" FROM ")
                            .append(q).append(MemberNameTokenEntity.TABLE).append(q).append(" t WHERE t.")
                            .append(q).append(COMMUNITY_ID).append(q).append(" = ? AND t.").append(q).append(TOKEN)
                            .append(q).append(" >= ? AND t.").append(q).append(TOKEN).append(q).append(" < ?)");
                    parameters.add((int) communityId);
                    parameters.add(word);
                    parameters.add(word + UPPER);
                }
                query.append(" ORDER BY m.").append(q).append(MembershipEntity.USER_KEY).append(q)
                        .append(" ASC").append(limit(connection, limit));
                try (PreparedStatement statement = connection.prepareStatement(query.toString())) {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    List<String> userKeys = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            userKeys.add(result.getString(1));
                        }
                    }
                    return userKeys;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not search the members by name", e);
            }
        });
    }

    /** The row limit as the database writes it. */
    private static String limit(java.sql.Connection connection, int rows) throws SQLException {
        String product = String.valueOf(connection.getMetaData().getDatabaseProductName())
                .toLowerCase(java.util.Locale.ROOT);
        return product.contains("oracle") || product.contains("microsoft")
                ? " OFFSET 0 ROWS FETCH NEXT " + rows + " ROWS ONLY" : " LIMIT " + rows;
    }
}

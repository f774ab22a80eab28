package org.guildhall.privacy.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.community.ao.MembershipDao;
import org.guildhall.community.ao.MembershipEntity;
import org.guildhall.privacy.PersonalColumns.Condition;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The only code that reads or changes all of one person's rows across Guildhall's tables, for the right of access
 * (read, a page at a time) and for anonymising a deleted user (one UPDATE or DELETE per table and column, so no rows
 * are loaded). Which columns hold a person is listed in {@link org.guildhall.privacy.PersonalColumns}.
 */
@Component
public class PersonalDataDao {

    /** The prefix Active Objects gives every table of the namespace {@code org.guildhall.confluence}. */
    static final String TABLE_PREFIX = "AO_A368F0_";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final MembershipDao membershipDao;

    public PersonalDataDao(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql,
                           MembershipDao membershipDao) {
        this.ao = ao;
        this.sql = sql;
        this.membershipDao = membershipDao;
    }

    /** @return the table name Active Objects uses for the entity, e.g. {@code AO_A368F0_MEMBER_LOG} */
    public static String tableOf(Class<? extends RawEntity<?>> entity) {
        Table table = entity.getAnnotation(Table.class);
        String name = table != null ? table.value() : entity.getSimpleName();
        return TABLE_PREFIX + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    /**
     * One page of the rows where the column holds the person, in id order, each as column → value.
     *
     * @param afterId only rows with a larger id; 0 for the first page
     */
    public List<Map<String, Object>> page(Class<? extends RawEntity<?>> entity, String column, String userKey,
                                          long afterId, int limit) {
        return page(entity, column, null, userKey, afterId, limit);
    }

    /** As {@link #page(Class, String, String, long, int)}, only rows that meet the condition (null: all). */
    public List<Map<String, Object>> page(Class<? extends RawEntity<?>> entity, String column, Condition condition,
                                          String userKey, long afterId, int limit) {
        return sql.createExecutor().execute(connection -> {
            String q = quote(connection);
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + q + tableOf(entity) + q
                    + " WHERE " + q + column + q + " = ?" + and(q, condition) + " AND " + q + "ID" + q + " > ? ORDER BY "
                    + q + "ID" + q)) {
                int index = 1;
                select.setString(index++, userKey);
                if (condition != null) {
                    select.setString(index++, condition.value());
                }
                select.setLong(index, afterId);
                select.setMaxRows(limit);
                return rows(select.executeQuery());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read personal data from " + tableOf(entity), e);
            }
        });
    }

    /**
     * Attributes the column's rows of one person to another key. With {@code compositeColumn}, that unique column
     * (which embeds the person's key, e.g. {@code VOTE_KEY}) is rewritten alike.
     *
     * @return the rows changed
     */
    public int replaceKey(Class<? extends RawEntity<?>> entity, String column, String compositeColumn, String userKey,
                          String replacementKey) {
        return replaceKey(entity, column, compositeColumn, null, userKey, replacementKey);
    }

    /** As {@link #replaceKey(Class, String, String, String, String)}, only rows that meet the condition (null: all). */
    public int replaceKey(Class<? extends RawEntity<?>> entity, String column, String compositeColumn,
                          Condition condition, String userKey, String replacementKey) {
        return sql.createExecutor().execute(connection -> {
            String q = quote(connection);
            String set = q + column + q + " = ?" + (compositeColumn == null ? ""
                    : ", " + q + compositeColumn + q + " = REPLACE(" + q + compositeColumn + q + ", ?, ?)");
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + q + tableOf(entity) + q
                    + " SET " + set + " WHERE " + q + column + q + " = ?" + and(q, condition))) {
                int index = 1;
                update.setString(index++, replacementKey);
                if (compositeColumn != null) {
                    update.setString(index++, userKey);
                    update.setString(index++, replacementKey);
                }
                update.setString(index++, userKey);
                if (condition != null) {
                    update.setString(index, condition.value());
                }
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot anonymise " + tableOf(entity) + "." + column, e);
            }
        });
    }

    /** Deletes the column's rows of one person. @return the rows deleted */
    public int delete(Class<? extends RawEntity<?>> entity, String column, String userKey) {
        return delete(entity, column, null, userKey);
    }

    /** Deletes the column's rows of one person that meet the condition (null: all). @return the rows deleted */
    public int delete(Class<? extends RawEntity<?>> entity, String column, Condition condition, String userKey) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<? extends RawEntity<Object>> type = (Class) entity;
        return condition == null ? ao.deleteWithSQL(type, column + " = ?", userKey)
                : ao.deleteWithSQL(type, column + " = ? AND " + condition.column() + " = ?", userKey,
                condition.value());
    }

    /**
     * Ends the person's memberships. Where they were a community's last owner, its longest-standing other member
     * becomes owner first, so that no community is left without one while it has members.
     *
     * @return the ids of the communities whose membership changed (their member counts are refreshed)
     */
    public List<Long> removeMemberships(String userKey) {
        MembershipEntity[] memberships = ao.find(MembershipEntity.class, Query.select()
                .where(MembershipEntity.USER_KEY + " = ?", userKey));
        List<Long> communities = new ArrayList<>();
        for (MembershipEntity membership : memberships) {
            long communityId = membership.getCommunityId();
            boolean owner = MembershipRole.OWNER.name().equals(membership.getMemberRole())
                    && MembershipState.MEMBER.name().equals(membership.getMemberState());
            if (owner && membershipDao.countOwners(communityId) == 1) {
                Arrays.stream(ao.find(MembershipEntity.class, Query.select().where(MembershipEntity.COMMUNITY_ID
                                + " = ? AND " + MembershipEntity.MEMBER_STATE + " = ? AND " + MembershipEntity.USER_KEY
                                + " <> ?", (int) communityId, MembershipState.MEMBER.name(), userKey)
                                .order(MembershipEntity.ID + " ASC").limit(1)))
                        .findFirst().ifPresent(successor -> {
                            successor.setMemberRole(MembershipRole.OWNER.name());
                            successor.save();
                        });
            }
            ao.delete(membership);
            membershipDao.refreshMemberCount(communityId);
            communities.add(communityId);
        }
        return communities;
    }

    private static String and(String quote, Condition condition) {
        return condition == null ? "" : " AND " + quote + condition.column() + quote + " = ?";
    }

    private static String quote(Connection connection) {
        try {
            return connection.getMetaData().getIdentifierQuoteString().trim();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's identifier quote", e);
        }
    }

    private static List<Map<String, Object>> rows(ResultSet result) throws SQLException {
        try (result) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    if (value instanceof java.sql.Clob clob) {
                        value = clob.getSubString(1, (int) clob.length());
                    }
                    row.put(meta.getColumnLabel(column).toUpperCase(Locale.ROOT),
                            value instanceof java.util.Date date ? date.toInstant().toString() : value);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}

package org.guildhall.community.ao;

import org.guildhall.community.MembershipRole;
import org.guildhall.community.MembershipState;
import org.guildhall.testing.ActiveObjectsTest;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assume.assumeTrue;

/**
 * The member list's page query must read one index range in user-key order and stop after the page, also in the
 * generic plan PostgreSQL switches a pooled connection's prepared statement to after five executions. That plan is
 * chosen without knowing the community: when one community has thousands of members and most have a few, an index on
 * the community alone (well correlated with the table, so it looks cheap) would win it, and then every page of the
 * large community reads and sorts all its members (30 ms at 50,000 members, measured in the benchmark). So the
 * membership table has no such index: the (community, state, user) index serves every look-up by community.
 */
public class MemberListPlanTest extends ActiveObjectsTest {

    private static final int LARGE = 3_000;
    private static final int SMALL_COMMUNITIES = 300;

    @Test
    public void aPageOfALargeCommunityInTheGenericPlan_readsTheListIndexInOrder_withoutSortingItsMembers()
            throws SQLException {
        assumeTrue("PostgreSQL's plan cache", "postgres".equals(databaseName));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            rows.add(membership(1, String.format("key-%05d", i)));
        }
        for (int community = 2; community < 2 + SMALL_COMMUNITIES; community++) {
            for (int i = 0; i < 3; i++) {
                rows.add(membership(community, "key-" + community + "-" + i));
            }
        }
        ao.create(MembershipEntity.class, rows);

        String plan;
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE \"" + MembershipEntity.TABLE + "\"");
            statement.execute("SET plan_cache_mode = force_generic_plan");
            statement.execute("PREPARE member_page(int, text) AS SELECT \"ID\", \"USER_KEY\" FROM \""
                    + MembershipEntity.TABLE + "\" WHERE \"COMMUNITY_ID\" = $1 AND \"MEMBER_STATE\" = $2"
                    + " ORDER BY \"USER_KEY\" ASC LIMIT 26");
            StringBuilder lines = new StringBuilder();
            try (ResultSet result = statement.executeQuery("EXPLAIN EXECUTE member_page(1, 'MEMBER')")) {
                while (result.next()) {
                    lines.append(result.getString(1)).append('\n');
                }
            }
            plan = lines.toString();
        }

        assertThat(plan, not(containsString("Sort")));
        assertThat(plan, containsString("\"MEMBER_STATE\")::text = $2"));
    }

    private static Map<String, Object> membership(int communityId, String userKey) {
        Map<String, Object> row = new HashMap<>();
        row.put(MembershipEntity.COMMUNITY_ID, communityId);
        row.put(MembershipEntity.USER_KEY, userKey);
        row.put(MembershipEntity.PAIR_KEY, communityId + ":" + userKey);
        row.put(MembershipEntity.MEMBER_ROLE, MembershipRole.MEMBER.name());
        row.put(MembershipEntity.MEMBER_STATE, MembershipState.MEMBER.name());
        row.put(MembershipEntity.ACTOR_KEY, userKey);
        row.put(MembershipEntity.CREATED_AT, new java.util.Date());
        row.put(MembershipEntity.UPDATED_AT, new java.util.Date());
        return row;
    }
}

package org.guildhall.archive.web;

import org.guildhall.activity.ActivityRecorder;
import org.guildhall.testing.ConfluenceClient;
import org.guildhall.testing.ConfluenceClient.Response;
import org.guildhall.testing.RunningWorkbench;
import org.guildhall.workbench.db.WorkbenchDatabase;
import org.h2.api.Trigger;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.guildhall.testing.ConfluenceClient.toJson;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;

/**
 * An archive import that the database fails in the middle — after the community, its members and its first question
 * were written, the second question's row is refused by a trigger standing in for a full disk or a lost connection —
 * leaves every Guildhall table exactly as it was, answers 500 with the JSON error shape, and gives its cluster lock
 * back: the same archive imports completely once the database accepts the row.
 */
public class ArchiveImportFailureTest {

    @ClassRule
    public static final RunningWorkbench SOURCE = new RunningWorkbench();

    @ClassRule
    public static final RunningWorkbench TARGET = new RunningWorkbench();

    private static final String REST = "/rest/guildhall/1.0";
    private static final String SPACE = "ARCHF";
    private static final String REFUSED_TITLE = "Which grinder survives a failed import?";
    private static final String TABLE_PREFIX = "AO_A368F0_";

    private static String archive;

    @BeforeClass
    public static void exportACommunityWithTwoQuestions() {
        ConfluenceClient source = SOURCE.client();
        for (ConfluenceClient site : List.of(source, TARGET.client())) {
            site.createSpace("alice", SPACE, "Archive failure");
            site.grantGroupRead("alice", SPACE, "confluence-users");
        }
        ok(source.putJson("alice", REST + "/communities/" + SPACE, toJson(Map.of("name", "Failing imports",
                "visibility", "open", "topics", List.of("espresso")))));
        ok(source.postJson("bob", REST + "/communities/" + SPACE + "/members/me", "{}"));
        long first = ok(source.postJson("alice", REST + "/questions", toJson(Map.of("community", SPACE,
                "title", "How long does a failed import take?", "body", "Not long.", "topics", List.of("espresso")))))
                .json().get("id").asLong();
        ok(source.postJson("bob", REST + "/questions/" + first + "/answers", toJson(Map.of("body", "No time."))));
        ok(source.postJson("bob", REST + "/questions", toJson(Map.of("community", SPACE, "title", REFUSED_TITLE,
                "body", "The database refuses this one.", "topics", List.of("espresso")))));
        SOURCE.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20));
        archive = ok(source.get("admin", REST + "/communities/" + SPACE + "/export")).body();
        assertThat(archive.indexOf(REFUSED_TITLE) > archive.indexOf("How long does a failed import take?"), is(true));
    }

    @Test
    public void anImportTheDatabaseFailsHalfway_writesNothing_andTheSameArchiveImportsOnceTheDatabaseAcceptsIt()
            throws SQLException {
        ConfluenceClient target = TARGET.client();
        TARGET.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20));
        Map<String, Integer> before = rowCounts();
        execute("CREATE TRIGGER GUILDHALL_TEST_REFUSE BEFORE INSERT ON \"" + TABLE_PREFIX + "QUESTION\" FOR EACH ROW "
                + "CALL '" + RefuseMarkedRow.class.getName() + "'");
        Response failed;
        try {
            failed = target.postJson("admin", REST + "/import/archive", archive);
        } finally {
            execute("DROP TRIGGER GUILDHALL_TEST_REFUSE");
        }

        assertThat(failed.body(), failed.status(), is(500));
        assertThat(failed.json().get("message").asText(), not(emptyString()));
        assertThat(RefuseMarkedRow.refused > 0, is(true));
        TARGET.bean(ActivityRecorder.class).awaitRecorded(Duration.ofSeconds(20));
        assertThat(rowCounts(), is(before));
        assertThat(target.get("admin", REST + "/communities/" + SPACE).status(), is(404));

        Response imported = ok(target.postJson("admin", REST + "/import/archive", archive));
        assertThat(imported.json().get("communityCreated").asBoolean(), is(true));
        assertThat(imported.json().at("/added/questions").asInt(), is(2));
        assertThat(ok(target.get("admin", REST + "/communities/" + SPACE + "/export")).body(), is(archive));
    }

    /** The number of rows of each of the app's tables. */
    private static Map<String, Integer> rowCounts() throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = TARGET.bean(WorkbenchDatabase.class).dataSource().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet result = connection.getMetaData().getTables(null, "PUBLIC", TABLE_PREFIX + "%", null)) {
                while (result.next()) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    result.next();
                    counts.put(table, result.getInt(1));
                }
            }
        }
        assertThat(counts.containsKey(TABLE_PREFIX + "QUESTION"), is(true));
        return counts;
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = TARGET.bean(WorkbenchDatabase.class).dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Response ok(Response response) {
        assertThat(response.body(), response.status() / 100, is(2));
        return response;
    }

    /** An H2 trigger that refuses to insert the row carrying {@link #REFUSED_TITLE}, as a failing database would. */
    public static final class RefuseMarkedRow implements Trigger {

        static volatile int refused;

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            for (Object value : newRow) {
                if (REFUSED_TITLE.equals(value)) {
                    refused++;
                    throw new SQLException("Injected failure: the database refuses this row", "HY000");
                }
            }
        }
    }
}

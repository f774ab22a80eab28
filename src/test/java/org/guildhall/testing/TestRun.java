package org.guildhall.testing;

import org.guildhall.workbench.ao.AoDatabase;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This test JVM's identity on the shared database servers: every database a test creates carries it, so
 * two builds against the same PostgreSQL or MariaDB (two checkouts, a developer and CI) never empty each other's
 * tables. What a run creates it drops when the JVM exits.
 */
public final class TestRun {

    /** Short, lower-case, unique enough among concurrent runs on one machine. */
    public static final String ID = (Long.toString(ProcessHandle.current().pid(), 36)
            + Integer.toString(new SecureRandom().nextInt(36 * 36 * 36), 36)).toLowerCase(Locale.ROOT);

    private static final Set<String> TO_DROP = ConcurrentHashMap.newKeySet();

    private TestRun() {
    }

    /** @return e.g. {@code guildhall_test_1k2x9} */
    public static String databaseName(String stem) {
        return stem + "_" + ID;
    }

    /** Drops the database when the test JVM exits (once, however often it is asked). */
    public static void dropAtExit(AoDatabase database) {
        if (!TO_DROP.add(database.url())) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.dropIfExists();
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + database.url() + ": " + e);
            }
        }, "drop-test-database"));
    }
}

package org.guildhall.workbench;

import java.nio.file.Path;
import java.util.Locale;

/**
 * How to run a workbench: where it listens, where it keeps its files and which database it uses.
 *
 * @param port             HTTP port; 0 picks a free one (tests)
 * @param home             the workbench home: the H2 database lives in {@code home/db/}
 * @param database         H2 file database in the home (default) or the machine's PostgreSQL, which a second node shares
 * @param postgresDatabase the PostgreSQL database of the tables: {@value #DEFAULT_POSTGRES_DATABASE}, unless a tool
 *                         such as the benchmark needs one of its own; unused with H2
 * @param nodeId           this node's id in a cluster of workbenches on one PostgreSQL database
 * @param basedir          the project folder, where {@code node_modules/} holds AUI; null to find it from the class path
 * @param quiet            true to print nothing on start (tests)
 */
public record WorkbenchOptions(int port, Path home, Database database, String postgresDatabase, int nodeId, Path basedir,
                               boolean quiet) {

    /** The database every node of {@code mvn -Pworkbench -Dworkbench.db=postgres} shares. */
    public static final String DEFAULT_POSTGRES_DATABASE = "guildhall_workbench";

    /** The databases the workbench runs on. */
    public enum Database {
        /** An H2 file database in the workbench home: one node, data kept across restarts. */
        H2,
        /** PostgreSQL at 127.0.0.1:5432 in a database of the workbench's own (created if missing): nodes share it. */
        POSTGRES;

        static Database parse(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "h2" -> H2;
                case "postgres", "postgresql" -> POSTGRES;
                default -> throw new IllegalArgumentException(
                        "workbench.db must be h2 or postgres, not '" + value + "'");
            };
        }
    }

    /**
     * Options as {@code mvn -Pworkbench} passes them: {@code workbench.port} (1990), {@code workbench.home}
     * ({@code target/workbench-home}), {@code workbench.db} ({@code h2}), {@code workbench.node} (1),
     * {@code workbench.basedir}.
     */
    public static WorkbenchOptions fromSystemProperties() {
        String basedir = System.getProperty("workbench.basedir");
        return new WorkbenchOptions(
                Integer.parseInt(System.getProperty("workbench.port", "1990")),
                Path.of(System.getProperty("workbench.home", "target/workbench-home")).toAbsolutePath(),
                Database.parse(System.getProperty("workbench.db", "h2")),
                DEFAULT_POSTGRES_DATABASE,
                Integer.parseInt(System.getProperty("workbench.node", "1")),
                basedir == null || basedir.isBlank() ? null : Path.of(basedir),
                false);
    }

    /** A quiet workbench on a free port with an H2 database inside {@code home}. */
    public static WorkbenchOptions forTests(Path home) {
        String basedir = System.getProperty("project.basedir");
        return new WorkbenchOptions(0, home, Database.H2, DEFAULT_POSTGRES_DATABASE, 1, basedir == null ? null : Path.of(basedir), true);
    }
}

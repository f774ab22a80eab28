package org.guildhall.workbench;

import org.guildhall.workbench.cluster.ClusterTimings;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param postgresServer   the PostgreSQL server's JDBC URL up to the database name, e.g.
 *                         {@code jdbc:postgresql://127.0.0.1:5432/}; null for the machine's (see
 *                         {@link org.guildhall.workbench.ao.AoDatabase#postgres(String)}). Tests put a proxy in between
 *                         to take the database away for a while.
 * @param clusterTimings   lock lease and poll intervals of the node's cluster services; tests shorten the lease so a
 *                         dead node's locks run out within seconds
 * @param connectGiveUp    how long a request waits while no database connection can be opened before it fails; null
 *                         for c3p0's default (30 attempts a second apart), which also rides out a shared test server
 *                         that briefly has no connection slot free. Outage tests shorten it.
 */
public record WorkbenchOptions(int port, Path home, Database database, String postgresDatabase, int nodeId, Path basedir,
                               boolean quiet, String postgresServer, ClusterTimings clusterTimings,
                               Duration connectGiveUp) {

    /** Options on the machine's PostgreSQL server (when PostgreSQL is chosen) with the default cluster timings. */
    public WorkbenchOptions(int port, Path home, Database database, String postgresDatabase, int nodeId, Path basedir,
                            boolean quiet) {
        this(port, home, database, postgresDatabase, nodeId, basedir, quiet, null, ClusterTimings.defaults(), null);
    }

    public WorkbenchOptions {
        if (clusterTimings == null) {
            clusterTimings = ClusterTimings.defaults();
        }
    }

    /** @return these options for the node with that id (same database, home and timings) */
    public WorkbenchOptions withNodeId(int node) {
        return new WorkbenchOptions(port, home, database, postgresDatabase, node, basedir, quiet, postgresServer,
                clusterTimings, connectGiveUp);
    }

    /** @return these options on PostgreSQL reached through {@code server} ({@code jdbc:postgresql://host:port/}) */
    public WorkbenchOptions withPostgresServer(String server) {
        return new WorkbenchOptions(port, home, database, postgresDatabase, nodeId, basedir, quiet, server,
                clusterTimings, connectGiveUp);
    }

    /** @return these options with other cluster timings */
    public WorkbenchOptions withClusterTimings(ClusterTimings timings) {
        return new WorkbenchOptions(port, home, database, postgresDatabase, nodeId, basedir, quiet, postgresServer,
                timings, connectGiveUp);
    }

    /** @return these options with requests failing after {@code limit} while no database connection can be opened */
    public WorkbenchOptions withConnectGiveUp(Duration limit) {
        return new WorkbenchOptions(port, home, database, postgresDatabase, nodeId, basedir, quiet, postgresServer,
                clusterTimings, limit);
    }

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

package org.guildhall.workbench.ao;

import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A database that Active Objects runs on, configured the way Atlassian's Active Objects plugin configures it:
 * Atlassian name converters, the plugin's table prefix, and a schema configuration that only ever touches the
 * plugin's own tables (so a migration never drops anybody else's).
 *
 * <p>On PostgreSQL and MariaDB every use (the workbench, the benchmark, each test run) gets a <em>database</em> of its
 * own on the server, not a schema in a shared one: Active Objects 3.2 reads table columns without naming the schema,
 * so the same table in two schemas of one PostgreSQL database confuses its migrations.
 *
 * @param kind   h2, postgres or mariadb
 * @param url    the JDBC URL of the database itself
 * @param schema the schema the tables live in ({@code PUBLIC} on H2, {@code public} on PostgreSQL); null on MariaDB
 */
public record AoDatabase(Kind kind, String url, String username, String password, String schema) {

    public static final String NAMESPACE = "org.guildhall.confluence";

    /** The databases Guildhall supports in tests and the workbench. */
    public enum Kind { H2, POSTGRES, MARIADB }

    /** PostgreSQL's SQLState for "database already exists": another process created it first. */
    private static final String DUPLICATE_DATABASE = "42P04";

    public static AoDatabase h2Memory(String name) {
        return new AoDatabase(Kind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }

    public static AoDatabase h2File(java.nio.file.Path file) {
        return new AoDatabase(Kind.H2, "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "", "PUBLIC");
    }

    /**
     * A database of its own on the PostgreSQL server of this machine (127.0.0.1:5432, trust authentication; override
     * with {@code db.postgres.server}, {@code db.postgres.user}, {@code db.postgres.password}).
     */
    public static AoDatabase postgres(String database) {
        return postgres(System.getProperty("db.postgres.server", "jdbc:postgresql://127.0.0.1:5432/"), database);
    }

    /** A database of its own on the PostgreSQL server at {@code server}, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public static AoDatabase postgres(String server, String database) {
        return new AoDatabase(Kind.POSTGRES, server + database.toLowerCase(Locale.ROOT),
                System.getProperty("db.postgres.user", "postgres"), System.getProperty("db.postgres.password", ""),
                "public");
    }

    /** A database of its own on the MariaDB server of this machine (root, empty password). */
    public static AoDatabase mariadb(String database) {
        String base = System.getProperty("db.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
        return new AoDatabase(Kind.MARIADB, base + database + "?nullDatabaseMeansCurrent=true",
                System.getProperty("db.mariadb.user", "root"), System.getProperty("db.mariadb.password", ""), null);
    }

    /** @return true when the server accepts a connection within a few seconds */
    public boolean isReachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(serverUrl(), username, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the database on its server when it does not exist yet; safe when several processes race to. */
    public void createIfMissing() throws SQLException {
        if (kind == Kind.H2) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             Statement statement = connection.createStatement()) {
            if (kind == Kind.MARIADB) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                return;
            }
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, databaseName());
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        return;
                    }
                }
            }
            try {
                statement.execute("CREATE DATABASE \"" + databaseName() + "\" ENCODING 'UTF8'");
            } catch (SQLException e) {
                if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    /** Drops the database with everything in it, even while connections are open; H2 needs no dropping. */
    public void dropIfExists() throws SQLException {
        if (kind == Kind.H2) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             Statement statement = connection.createStatement()) {
            if (kind == Kind.POSTGRES) {
                statement.execute("DROP DATABASE IF EXISTS \"" + databaseName() + "\" WITH (FORCE)");
            } else {
                statement.execute("DROP DATABASE IF EXISTS `" + databaseName() + "`");
            }
        }
    }

    /**
     * Replaces the PostgreSQL database {@code copy} with a copy of this one, made by the server from this one as a
     * template (files copied, statistics included): nobody may be connected to this one meanwhile.
     */
    public void copyTo(String copy) throws SQLException {
        if (kind != Kind.POSTGRES) {
            throw new UnsupportedOperationException("Only a PostgreSQL database can be copied, not " + kind);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + copy + "\" WITH (FORCE)");
            // PostgreSQL 15 copies block by block through the write-ahead log by default: gigabytes of it, written
            // and checkpointed while the next minutes are measured. FILE_COPY copies the files after one checkpoint.
            boolean fileCopy = connection.getMetaData().getDatabaseMajorVersion() >= 15;
            statement.execute("CREATE DATABASE \"" + copy + "\" TEMPLATE \"" + databaseName() + "\""
                    + (fileCopy ? " STRATEGY FILE_COPY" : ""));
        }
    }

    /** @return whether the database exists on its server (H2: always) */
    public boolean exists() throws SQLException {
        if (kind == Kind.H2) {
            return true;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             PreparedStatement exists = connection.prepareStatement(kind == Kind.POSTGRES
                     ? "SELECT 1 FROM pg_database WHERE datname = ?"
                     : "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            exists.setString(1, databaseName());
            try (ResultSet result = exists.executeQuery()) {
                return result.next();
            }
        }
    }

    /** @return an entity manager configured as the Active Objects plugin configures one, with a connection pool */
    public EntityManager entityManager() {
        AoTablePrefix prefix = new AoTablePrefix(NAMESPACE);
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(url).username(username).password(password);
        var configured = builder.c3po();
        if (schema != null) {
            configured = configured.schema(schema);
        }
        return configured
                .tableNameConverter(new AtlassianTableNameConverter(prefix))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .schemaConfiguration((tableName, caseSensitive) ->
                        tableName.toUpperCase(Locale.ROOT).startsWith(prefix.value()))
                .build();
    }

    /** @return the server's URL: PostgreSQL's maintenance database, MariaDB without a database, H2 itself */
    private String serverUrl() {
        if (kind == Kind.H2) {
            return url;
        }
        String server = url.substring(0, url.indexOf('/', url.indexOf("//") + 2) + 1);
        return kind == Kind.POSTGRES ? server + "postgres" : server;
    }

    /** @return the database part of the URL */
    public String databaseName() {
        String afterServer = url.substring(url.indexOf('/', url.indexOf("//") + 2) + 1);
        int query = afterServer.indexOf('?');
        return query < 0 ? afterServer : afterServer.substring(0, query);
    }
}

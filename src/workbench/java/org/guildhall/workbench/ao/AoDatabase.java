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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * A database that Active Objects runs on, configured the way Atlassian's Active Objects plugin configures it:
 * Atlassian name converters, the plugin's table prefix, and a schema configuration that only ever touches the
 * plugin's own tables (so a migration never drops anybody else's).
 *
 * @param kind   h2, postgres or mariadb
 * @param schema the schema (PostgreSQL, H2) the tables live in; MariaDB uses the database in the URL
 */
public record AoDatabase(Kind kind, String url, String username, String password, String schema) {

    public static final String NAMESPACE = "org.guildhall.confluence";

    /** The databases Guildhall supports in tests and the workbench. */
    public enum Kind { H2, POSTGRES, MARIADB }

    public static AoDatabase h2Memory(String name) {
        return new AoDatabase(Kind.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
    }

    public static AoDatabase h2File(java.nio.file.Path file) {
        return new AoDatabase(Kind.H2, "jdbc:h2:file:" + file.toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "", "PUBLIC");
    }

    /** PostgreSQL on this machine (trust authentication), database {@code test}, in its own schema. */
    public static AoDatabase postgres(String schema) {
        String host = System.getProperty("db.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
        return new AoDatabase(Kind.POSTGRES, host, System.getProperty("db.postgres.user", "postgres"),
                System.getProperty("db.postgres.password", ""), schema.toLowerCase(Locale.ROOT));
    }

    /** MariaDB on this machine (root, empty password), in its own database. */
    public static AoDatabase mariadb(String database) {
        String base = System.getProperty("db.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/");
        return new AoDatabase(Kind.MARIADB, base + database + "?nullDatabaseMeansCurrent=true",
                System.getProperty("db.mariadb.user", "root"), System.getProperty("db.mariadb.password", ""), null);
    }

    /** @return true when a connection can be opened within a few seconds */
    public boolean isReachable() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(serverUrl(), username, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Creates the schema (PostgreSQL) or database (MariaDB) when it does not exist yet. */
    public void createSchemaIfMissing() throws SQLException {
        if (kind == Kind.H2) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(serverUrl(), username, password);
             Statement statement = connection.createStatement()) {
            if (kind == Kind.POSTGRES) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            } else {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
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

    private String serverUrl() {
        if (kind == Kind.MARIADB) {
            return url.substring(0, url.indexOf('/', "jdbc:mariadb://".length()) + 1);
        }
        return url;
    }

    private String databaseName() {
        String afterHost = url.substring(url.indexOf('/', "jdbc:mariadb://".length()) + 1);
        int query = afterHost.indexOf('?');
        return query < 0 ? afterHost : afterHost.substring(0, query);
    }
}

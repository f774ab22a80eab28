package org.guildhall.testing;

import net.java.ao.Entity;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

/**
 * The databases every DAO test runs on: H2 always; PostgreSQL and MariaDB on 127.0.0.1 when reachable, and
 * necessarily so when {@code -Ddb.required=true} (CI sets it), each in a database of this test run's own (dropped at
 * exit). One connection pool per database per test run.
 */
public final class TestDatabases {

    private static final String DATABASE = TestRun.databaseName("guildhall_test");
    private static final Map<String, EntityManagerActiveObjects> OPEN = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** @return the databases as JUnit {@code Parameterized} parameters: a display name and the database */
    public static List<Object[]> all() {
        return all(DATABASE);
    }

    /** @return like {@link #all()}, for databases named {@code database} on each server */
    public static List<Object[]> all(String database) {
        return List.of(
                new Object[]{"h2", AoDatabase.h2Memory(database)},
                new Object[]{"postgres", AoDatabase.postgres(database)},
                new Object[]{"mariadb", AoDatabase.mariadb(database)});
    }

    /**
     * @return Active Objects on that database, created if need be (and dropped at exit) but with no table migrated;
     *         skips or fails as {@link #activeObjects} does when the database is not reachable
     */
    public static EntityManagerActiveObjects withoutTables(String name, AoDatabase database) {
        return OPEN.computeIfAbsent(database.url(), ignored -> open(name, database));
    }

    /**
     * @return Active Objects on that database, created if need be and with the descriptor's entities migrated; skips the test when the database is not
     *         reachable, or fails it when databases are required
     */
    public static EntityManagerActiveObjects activeObjects(String name, AoDatabase database) {
        return OPEN.computeIfAbsent(name, ignored -> {
            EntityManagerActiveObjects activeObjects = open(name, database);
            @SuppressWarnings("unchecked")
            Class<? extends Entity>[] entities = DescriptorEntities.all().toArray(new Class[0]);
            activeObjects.migrate(entities);
            return activeObjects;
        });
    }

    private static EntityManagerActiveObjects open(String name, AoDatabase database) {
        if (!database.isReachable()) {
            if (Boolean.getBoolean("db.required")) {
                fail(name + " is required (-Ddb.required=true) but not reachable at " + database.url());
            }
            assumeTrue(name + " is not reachable at " + database.url() + "; skipped", false);
        }
        try {
            database.createIfMissing();
            TestRun.dropAtExit(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database.url(), e);
        }
        return new EntityManagerActiveObjects(database.entityManager());
    }
}

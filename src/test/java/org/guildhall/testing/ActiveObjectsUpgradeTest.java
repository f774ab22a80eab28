package org.guildhall.testing;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.Entity;
import org.guildhall.workbench.ao.ActiveObjectsUpgrades;
import org.guildhall.workbench.ao.AoDatabase;
import org.guildhall.workbench.ao.AoTablePrefix;
import org.guildhall.workbench.ao.EntityManagerActiveObjects;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Base of every upgrade-task test: runs each test on every database of {@link TestDatabases}, in a database of its
 * own that starts empty before each test (no Guildhall table, no stored model version), so that a test first builds
 * the previous schema from the old entity definitions kept in test sources, fills it, then upgrades it exactly as
 * the Active Objects plugin does at start-up: the upgrade tasks, then the descriptor's entities.
 */
@RunWith(Parameterized.class)
public abstract class ActiveObjectsUpgradeTest {

    public static final String TABLE_PREFIX = new AoTablePrefix(AoDatabase.NAMESPACE).value();

    private static final String DATABASE = TestRun.databaseName("guildhall_upgrade");

    /** Stands in for the cluster lock the AO plugin holds (the workbench takes a database lock). */
    protected final Lock clusterLock = new ReentrantLock();

    @Parameter(0)
    public String databaseName;

    @Parameter(1)
    public AoDatabase database;

    protected EntityManagerActiveObjects ao;

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        // Each test drops every table and builds another schema under the same names on the same connections: a
        // plan PostgreSQL prepared for the previous shape of a table would fail ("cached plan must not change result
        // type"), so these connections never keep server-side prepared plans.
        return TestDatabases.all(DATABASE).stream().map(parameters -> {
            AoDatabase database = (AoDatabase) parameters[1];
            return database.kind() != AoDatabase.Kind.POSTGRES ? parameters : new Object[]{parameters[0],
                    new AoDatabase(database.kind(), database.url() + "?prepareThreshold=0", database.username(),
                            database.password(), database.schema())};
        }).toList();
    }

    @Before
    public final void emptyDatabase() throws SQLException {
        ao = TestDatabases.withoutTables(databaseName, database);
        try (Connection connection = ao.entityManager().getProvider().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, database.schema(), "%",
                    new String[]{"TABLE"})) {
                while (found.next()) {
                    String table = found.getString("TABLE_NAME");
                    String upper = table.toUpperCase(Locale.ROOT);
                    if (upper.startsWith(TABLE_PREFIX) || upper.equals("WB_AO_MODEL_VERSION")) {
                        tables.add(table);
                    }
                }
            }
            String quote = connection.getMetaData().getIdentifierQuoteString().trim();
            try (Statement statement = connection.createStatement()) {
                for (String table : tables) {
                    statement.execute("DROP TABLE " + quote + table + quote);
                }
            }
        }
        ao.flushAll();
    }

    /** @return the model version after running the tasks as the Active Objects plugin does */
    protected ModelVersion upgrade(List<ActiveObjectsUpgradeTask> tasks) {
        return new ActiveObjectsUpgrades(ao, TABLE_PREFIX).run(tasks, clusterLock);
    }

    /** Migrates the descriptor's entities, as the Active Objects plugin does after the upgrade tasks. */
    @SuppressWarnings("unchecked")
    protected void migrateCurrentSchema() {
        ao.migrate(DescriptorEntities.all().toArray(new Class[0]));
    }

    /** @return the descriptor's upgrade tasks, created as the Active Objects plugin creates them */
    protected static List<ActiveObjectsUpgradeTask> descriptorUpgradeTasks() {
        return DescriptorEntities.upgradeTasks();
    }

    /** @return the model version of the descriptor's last upgrade task: where a full upgrade ends */
    protected static ModelVersion latestVersion() {
        List<ActiveObjectsUpgradeTask> tasks = descriptorUpgradeTasks();
        return tasks.get(tasks.size() - 1).getModelVersion();
    }

    @SafeVarargs
    protected final void migrate(Class<? extends Entity>... entities) {
        ao.migrate(entities);
    }
}

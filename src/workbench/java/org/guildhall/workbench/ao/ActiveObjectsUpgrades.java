package org.guildhall.workbench.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.ActiveObjectsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.Lock;

/**
 * Runs a plugin's Active Objects upgrade tasks the way Confluence's Active Objects plugin does: sorted by model
 * version (two tasks with one version are refused), only those newer than the model version stored for the plugin's
 * table prefix, each in a transaction of its own that also stores its version, so a failed task leaves the version
 * where it was and the next start resumes there. All of it under a cluster-wide lock, so that nodes starting together
 * run each task once. The AO plugin keeps the version in plugin settings under {@code <prefix>_#}; the workbench keeps
 * it in {@code WB_AO_MODEL_VERSION}, in the same database and the task's transaction.
 */
public final class ActiveObjectsUpgrades {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveObjectsUpgrades.class);

    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS WB_AO_MODEL_VERSION ("
            + "TABLE_PREFIX VARCHAR(64) NOT NULL PRIMARY KEY, MODEL_VERSION VARCHAR(32) NOT NULL)";

    private final EntityManagerActiveObjects activeObjects;
    private final String tablePrefix;

    /**
     * @param tablePrefix the plugin's table prefix, e.g. {@code AO_A368F0}: the key its model version is stored under
     */
    public ActiveObjectsUpgrades(EntityManagerActiveObjects activeObjects, String tablePrefix) {
        this.activeObjects = activeObjects;
        this.tablePrefix = tablePrefix;
    }

    /**
     * Runs the tasks that are newer than the stored version, holding {@code clusterLock} meanwhile.
     *
     * @return the model version afterwards
     * @throws IllegalStateException when two tasks share a model version
     * @throws RuntimeException      whatever a task throws; the tasks before it stay done
     */
    public ModelVersion run(List<ActiveObjectsUpgradeTask> tasks, Lock clusterLock) {
        List<ActiveObjectsUpgradeTask> sorted = sortedAndVerified(tasks);
        clusterLock.lock();
        try {
            ModelVersion current = currentVersion();
            for (ActiveObjectsUpgradeTask task : sorted) {
                if (current.isOlderThan(task.getModelVersion())) {
                    current = upgrade(task, current);
                }
            }
            return current;
        } finally {
            clusterLock.unlock();
        }
    }

    /** @return the stored model version; {@code 0} when none is stored yet */
    public ModelVersion currentVersion() {
        return withConnection(connection -> {
            createTable(connection);
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT MODEL_VERSION FROM WB_AO_MODEL_VERSION WHERE TABLE_PREFIX = ?")) {
                select.setString(1, tablePrefix);
                try (ResultSet row = select.executeQuery()) {
                    return ModelVersion.valueOf(row.next() ? row.getString(1) : null);
                }
            }
        });
    }

    private ModelVersion upgrade(ActiveObjectsUpgradeTask task, ModelVersion current) {
        LOG.info("[workbench] Upgrading {} from model version {} with {}", tablePrefix, current,
                task.getClass().getName());
        return activeObjects.executeInTransaction(() -> {
            task.upgrade(current, activeObjects);
            ModelVersion upgraded = task.getModelVersion();
            withConnection(connection -> {
                store(connection, upgraded);
                return null;
            });
            return upgraded;
        });
    }

    private void store(Connection connection, ModelVersion version) throws SQLException {
        createTable(connection);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE WB_AO_MODEL_VERSION SET MODEL_VERSION = ? WHERE TABLE_PREFIX = ?")) {
            update.setString(1, version.toString());
            update.setString(2, tablePrefix);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO WB_AO_MODEL_VERSION (TABLE_PREFIX, MODEL_VERSION) VALUES (?, ?)")) {
            insert.setString(1, tablePrefix);
            insert.setString(2, version.toString());
            insert.executeUpdate();
        }
    }

    private static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_TABLE);
        }
    }

    private static List<ActiveObjectsUpgradeTask> sortedAndVerified(List<ActiveObjectsUpgradeTask> tasks) {
        List<ActiveObjectsUpgradeTask> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getModelVersion().isSame(sorted.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + sorted.get(i).getModelVersion());
            }
        }
        return sorted;
    }

    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Inside a transaction Active Objects hands out the transaction's connection (closing it is then a no-op). */
    private <T> T withConnection(ConnectionWork<T> work) {
        try (Connection connection = activeObjects.entityManager().getProvider().getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}

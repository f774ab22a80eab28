package com.atlassian.activeobjects.external;

/**
 * Compile-only copy of {@code com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask} from the Active Objects
 * plugin (activeobjects-plugin, as shipped with Confluence 10). Classes named by {@code <upgradeTask>} inside the
 * descriptor's {@code <ao>} module; the plugin runs each whose model version is newer than the stored one, in order,
 * and stores its version after it succeeded. Never packaged.
 */
public interface ActiveObjectsUpgradeTask {

    /** @return the version of the model after this task ran */
    ModelVersion getModelVersion();

    /**
     * @param currentVersion the model version before this task
     * @param ao             Active Objects not configured with any entity: the task migrates what it touches
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}

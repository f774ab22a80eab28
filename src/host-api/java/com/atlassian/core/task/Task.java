package com.atlassian.core.task;

/**
 * Compile-only copy of {@code com.atlassian.core.task.Task} (atlassian-core, shipped with Confluence; javadoc
 * atlassian-core 3.x–5.0.6): a unit of work a {@link MultiQueueTaskManager} queue runs later.
 */
public interface Task {

    void execute() throws Exception;
}

package com.atlassian.core.task;

/**
 * Compile-only copy of the member Guildhall calls of {@code com.atlassian.core.task.MultiQueueTaskManager}
 * (atlassian-core-parent 5.0.6 xref: {@code void addTask(String queueName, Task task)}; Confluence exports its
 * instance, whose {@code "mail"} queue is the outgoing mail queue that Confluence flushes in the background).
 */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}

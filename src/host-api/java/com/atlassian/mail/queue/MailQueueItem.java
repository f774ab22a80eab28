package com.atlassian.mail.queue;

import com.atlassian.core.task.Task;

/**
 * Compile-only copy of {@code com.atlassian.mail.queue.MailQueueItem} (atlassian-mail javadoc 1.3.23–2.x: a
 * {@link Task} that sends itself; {@code void send() throws MailException}, {@code getSubject()}). Only what
 * Guildhall and the workbench use.
 */
public interface MailQueueItem extends Task {

    String getSubject();
}

package org.guildhall.workbench.mail;

import java.time.Instant;

/**
 * A message the workbench's SMTP server received, as the outbox page shows it.
 *
 * @param number position in arrival order, from 1; the outbox's address for it
 * @param html   the {@code text/html} part, or null
 * @param text   the {@code text/plain} part, or null
 */
public record CapturedMail(int number, String to, String subject, Instant sentAt, String html, String text) {
}

package org.guildhall.admin;

import java.time.Instant;

/**
 * One audited change of a global setting.
 *
 * @param actorKey the administrator's user key (null: the app itself)
 * @param setting  what changed, e.g. {@code reputation.weights}, {@code features}, {@code routing}
 * @param before   the value before, as JSON (null when it had never been set)
 * @param after    the value after, as JSON
 */
public record AuditEntry(long id, Instant changedAt, String actorKey, String setting, String before, String after) {
}

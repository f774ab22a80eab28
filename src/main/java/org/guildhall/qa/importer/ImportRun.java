package org.guildhall.qa.importer;

import java.time.Instant;

/**
 * An import run as administrators see it.
 *
 * @param state        {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param progressJson rows read and written per file and the phase (see {@link ImportProgress#toJson()})
 * @param errorMessage why it failed; null otherwise
 */
public record ImportRun(int id, int communityId, String site, String state, String progressJson,
                        String errorMessage, Instant createdAt, Instant finishedAt) {
}

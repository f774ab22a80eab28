package org.guildhall.expertise;

import java.time.Instant;

/** A colleague vouching for a person's skill in a topic, pointing at one piece of the person's evidence. */
public record Endorsement(long id, String personKey, String endorserKey, String topic, EvidenceKind evidenceKind,
                          long evidenceId, long communityId, Instant endorsedAt) {
}

package org.guildhall.expertise;

import java.time.Instant;

/**
 * One piece of evidence: what a person did, in which topic and community, worth how many (undecayed) points.
 *
 * @param questionId the question the post belongs to (the question itself for {@link EvidenceKind#QUESTION}); null
 *                   for pages
 */
public record EvidenceItem(String personKey, String topic, long communityId, EvidenceKind kind, long postId,
                           Long questionId, double points, Instant occurredAt) {

    /** @return the item's identity: one item per kind, post and topic */
    public String key() {
        return kind.id() + ":" + postId + ":" + topic;
    }
}

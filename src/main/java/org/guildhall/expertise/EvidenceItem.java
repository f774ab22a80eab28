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

    /**
     * @return the item's identity: one item per kind, post and topic; pages have several authors (creator and
     *         editors), so a page item's key also carries a digest of the person's key (keys fit 100 characters)
     */
    public String key() {
        String key = kind.id() + ":" + postId + ":" + topic;
        return kind == EvidenceKind.PAGE ? key + ":" + personDigest(personKey) : key;
    }

    private static String personDigest(String personKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(personKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package org.guildhall.analytics;

import java.time.Instant;

/**
 * The rows community health is computed from, as {@link org.guildhall.analytics.ao.HealthDao} reads them. People are
 * identified by their person key: the Confluence user key, or {@code external:<id>} for authors of imported content.
 */
public final class HealthRows {

    private HealthRows() {
    }

    /** A question asked in a community (deleted ones are never read). */
    public record AskedQuestion(long id, long communityId, String asker, Instant askedAt) {
    }

    /** A non-deleted answer to one of the {@link AskedQuestion asked questions}. */
    public record AnswerRow(long id, long questionId, long communityId, String author, boolean confluenceUser,
                            Instant createdAt, int score, Instant acceptedAt) {
    }

    /** What a person did in a community: asked, answered, commented or voted. */
    public enum Kind { ASKED, ANSWERED, COMMENTED, VOTED }

    /** One non-deleted post or vote. */
    public record Contribution(long communityId, String person, Kind kind, Instant at) {
    }

    /** A membership change that made someone a member ({@code joined}) or ended it ({@code joined} false). */
    public record MembershipChange(long communityId, String person, boolean joined, Instant at) {
    }

    /** A person a question was routed to, and whether they declined. */
    public record Routed(long questionId, String person, boolean declined) {
    }

    /**
     * A question or answer written in the period, for the spotlight: {@code answerId} is 0 for a question; the title is
     * the question's either way.
     */
    public record ValuedPost(long questionId, long answerId, String title, String author, int score,
                             Instant createdAt) {

        public boolean isAnswer() {
            return answerId != 0;
        }
    }

    /** A question still waiting for its first answer. */
    public record Unanswered(long id, String title, Instant askedAt) {
    }
}

package org.guildhall.analytics;

import java.time.Instant;

/**
 * What community health reads, as {@link org.guildhall.analytics.ao.HealthDao} returns it: figures the database counts
 * per community and period, and the few rows the pages list. People are identified by their person key: the
 * Confluence user key, or {@code external:<id>} for authors of imported content.
 */
public final class HealthRows {

    private HealthRows() {
    }

    /**
     * A community's questions asked in a period (not deleted), as the database counts them: answered (by someone other
     * than the asker, before the period ended), accepted (before it ended), answered by a Confluence user who belongs
     * to none of the asker's communities, answered by a newcomer, routed, answered by a person routed to, declines.
     */
    public record QuestionCounts(int asked, int answered, int accepted, int crossPollinated, int answeredByNewcomer,
                                 int routed, int routedAnswered, int declines) {
    }

    /** Nearest-rank times in seconds of a community's questions of a period; null when nothing was measured. */
    public record AnswerTimes(Long firstAnswerMedian, Long firstAnswerP90, Long acceptedMedian) {
    }

    /** A community's distinct active people in a period, those who had posted before it, and its newcomers. */
    public record ActivityCounts(int active, int returning, int newcomers) {
    }

    /** A community's distinct people who became members in a period, and who stopped being members. */
    public record MembershipCounts(int joined, int left) {
    }

    /** What a person did in a community: asked, answered, commented or voted. */
    public enum Kind { ASKED, ANSWERED, COMMENTED, VOTED }

    /**
     * A person active in a community in week {@code week} (from 0) of a period, in one way; {@code returning} when they
     * had posted there before the period.
     */
    public record ActivityRow(int week, Kind kind, String person, boolean returning) {
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

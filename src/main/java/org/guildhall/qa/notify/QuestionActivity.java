package org.guildhall.qa.notify;

import java.time.Instant;

/**
 * Something that happened on a question that its followers (and people mentioned) hear about: the Q&A events,
 * translated into one shape the notifier works with.
 *
 * @param postId   the answer or comment concerned; null for {@link Kind#ASKED}
 * @param spaceKey the community's space key: recipients must still be able to view it
 */
public record QuestionActivity(Kind kind, long questionId, Long postId, String spaceKey, String actorKey, Instant at) {

    /** What happened; the i18n keys of the mail are {@code guildhall.qa.mail.<kind>.*}. */
    public enum Kind {
        ASKED, ANSWERED, COMMENTED, ACCEPTED;

        String i18nName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Mentions are notified when the text is posted, not again when an answer is accepted. */
        boolean notifiesMentions() {
            return this != ACCEPTED;
        }
    }
}

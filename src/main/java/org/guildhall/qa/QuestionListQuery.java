package org.guildhall.qa;

import java.util.Locale;
import java.util.Optional;

/**
 * What a question list shows: filters, order, and where the previous page ended.
 *
 * @param topic     normalised topic, or empty for any
 * @param authorKey the asker's user key, or empty for anyone
 * @param state     only questions in this state, or empty for all
 * @param after     the last question of the previous page, or empty for the first page
 */
public record QuestionListQuery(Optional<String> topic, Optional<String> authorKey, Optional<ListState> state,
                                Sort sort, Optional<Position> after) {

    /** List orders; each ends with the id (descending) so that the order is total and keyset paging exact. */
    public enum Sort {
        /** Newest first. */
        NEWEST,
        /** Most recent activity (asked, answered, commented, accepted, edited) first. */
        ACTIVITY,
        /** Highest score first. */
        SCORE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Sort> parse(String value) {
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                    return Optional.of(sort);
                }
            }
            return Optional.empty();
        }

        /** @return the question's value in this order: epoch milliseconds of the time, or the score */
        public long keyOf(Question question) {
            return switch (this) {
                case NEWEST -> question.createdAt().toEpochMilli();
                case ACTIVITY -> question.lastActivityAt().toEpochMilli();
                case SCORE -> question.score();
            };
        }
    }

    /** The sort key and id of the last question of a page. */
    public record Position(long key, long id) {
    }

    public QuestionListQuery after(Position position) {
        return new QuestionListQuery(topic, authorKey, state, sort, Optional.of(position));
    }
}

package org.guildhall.qa;

import java.util.Locale;
import java.util.Optional;

/** Where a question stands in lists; stored in {@code LIST_STATE} and kept in step in the same transaction. */
public enum ListState {
    /** No answer that is not deleted. */
    UNANSWERED,
    /** Answered, without an accepted answer. */
    ANSWERED,
    /** An answer is accepted. */
    ACCEPTED,
    /** Closed by a moderator (duplicate, off-topic or resolved), whatever its answers. */
    CLOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the state named (any case), or empty */
    public static Optional<ListState> parse(String value) {
        for (ListState state : values()) {
            if (state.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The one rule that derives the state from a question's facts. */
    public static ListState of(boolean closed, boolean accepted, int answerCount) {
        if (closed) {
            return CLOSED;
        }
        if (accepted) {
            return ACCEPTED;
        }
        return answerCount > 0 ? ANSWERED : UNANSWERED;
    }
}

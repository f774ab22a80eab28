package org.guildhall.qa;

import java.util.Optional;

/** Why a moderator closed a question. */
public enum CloseReason {
    DUPLICATE("duplicate"), OFF_TOPIC("off-topic"), RESOLVED("resolved");

    private final String id;

    CloseReason(String id) {
        this.id = id;
    }

    /** @return the name used in JSON and the database: {@code duplicate}, {@code off-topic} or {@code resolved} */
    public String id() {
        return id;
    }

    public static Optional<CloseReason> parse(String value) {
        for (CloseReason reason : values()) {
            if (reason.id.equalsIgnoreCase(value == null ? "" : value.trim())) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}

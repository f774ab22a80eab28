package org.guildhall.expertise;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Whether a person wants routed questions: always, not until a date, or never. */
public enum Availability {
    AVAILABLE("available"), BUSY("busy"), NEVER("never");

    private final String id;

    Availability(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Availability> parse(String id) {
        return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
    }

    /** @return true when someone with this availability (busy until {@code busyUntil}) takes questions at {@code now} */
    public boolean takesQuestionsAt(Instant busyUntil, Instant now) {
        return this == AVAILABLE || (this == BUSY && busyUntil != null && !now.isBefore(busyUntil));
    }
}

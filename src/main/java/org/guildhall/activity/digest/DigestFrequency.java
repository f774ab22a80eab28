package org.guildhall.activity.digest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;

/** How often a person gets their digest. The {@link #id()} is stored and used in the REST API. */
public enum DigestFrequency {
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7)),
    OFF(Duration.ZERO);

    private final Duration length;

    DigestFrequency(Duration length) {
        this.length = length;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the frequency with that id (any case), or empty */
    public static Optional<DigestFrequency> parse(String id) {
        for (DigestFrequency frequency : values()) {
            if (frequency.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }

    /** How far back a first digest looks (there is no previous one to start from). */
    public Duration length() {
        return length;
    }

    /**
     * @return the period a digest sent at {@code now} belongs to (UTC): {@code d2026-11-26} for the day,
     *         {@code w2026-48} for the ISO week; one digest per person and period
     */
    public String period(Instant now) {
        LocalDate day = now.atZone(ZoneOffset.UTC).toLocalDate();
        return switch (this) {
            case DAILY -> "d" + day;
            case WEEKLY -> String.format(Locale.ROOT, "w%d-%02d", day.with(DayOfWeek.MONDAY)
                    .get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case OFF -> throw new IllegalStateException("No digests, no periods");
        };
    }
}

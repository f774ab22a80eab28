package org.guildhall.analytics;

import org.guildhall.platform.GuildhallException.InvalidInput;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reporting period [from, to) of whole UTC days, and the period of the same length just before it, which every
 * figure is compared with.
 *
 * @param from the first day
 * @param to   the day after the last day
 */
public record HealthPeriod(LocalDate from, LocalDate to) {

    /** The longest period a report covers: a year and a day (leap years). */
    public static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 28;

    public HealthPeriod {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /**
     * Reads the period from request parameters ({@code yyyy-MM-dd}; {@code to} exclusive). Without {@code to} it ends
     * with today; without {@code from} it spans the 28 days before {@code to}.
     *
     * @throws InvalidInput naming {@code from} or {@code to} when a date is malformed, {@code from} is not before
     *                      {@code to}, or the period is longer than {@value #MAX_DAYS} days
     */
    public static HealthPeriod parse(String from, String to, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate end = date(to, "to", errors);
        LocalDate start = date(from, "from", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        end = end == null ? today.plusDays(1) : end;
        start = start == null ? end.minusDays(DEFAULT_DAYS) : start;
        if (!start.isBefore(end)) {
            throw new InvalidInput(Map.of("from", "guildhall.health.error.from-after-to"));
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new InvalidInput(Map.of("from", "guildhall.health.error.too-long"));
        }
        return new HealthPeriod(start, end);
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "guildhall.health.error.date");
            return null;
        }
    }

    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public long days() {
        return Duration.between(start(), end()).toDays();
    }

    /** @return the period of the same length that ends where this one starts */
    public HealthPeriod previous() {
        return new HealthPeriod(from.minusDays(days()), from);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }
}

package org.guildhall.ratelimit;

import java.util.Optional;

/** At most {@code count} times per fixed window of {@code seconds}. */
public record RateLimit(int count, int seconds) {

    public RateLimit {
        if (count < 1 || seconds < 1) {
            throw new IllegalArgumentException("A rate limit needs a count and a window of at least 1: " + count + "/"
                    + seconds);
        }
    }

    /** @return the limit written as {@code <count>/<seconds>}, or empty when the text is not one */
    public static Optional<RateLimit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            int count = Integer.parseInt(parts[0].trim());
            int seconds = Integer.parseInt(parts[1].trim());
            return count < 1 || seconds < 1 ? Optional.empty() : Optional.of(new RateLimit(count, seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

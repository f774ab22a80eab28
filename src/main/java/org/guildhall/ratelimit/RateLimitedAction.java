package org.guildhall.ratelimit;

/**
 * What a person may do only so often. Each has a default limit, and a JVM system property
 * {@code org.guildhall.rate-limit.<name>} ({@code <count>/<seconds>}, e.g. {@code 10/60}) that overrides it.
 */
public enum RateLimitedAction {

    ASK("ask", 10, 60),
    ANSWER("answer", 20, 60),
    COMMENT("comment", 30, 60),
    VOTE("vote", 60, 60),
    SIMILAR_QUESTIONS("similar-questions", 120, 60);

    private final String propertyName;
    private final int defaultCount;
    private final int defaultSeconds;

    RateLimitedAction(String propertyName, int defaultCount, int defaultSeconds) {
        this.propertyName = propertyName;
        this.defaultCount = defaultCount;
        this.defaultSeconds = defaultSeconds;
    }

    /** @return e.g. {@code ask}; also the action's name in the rate-limit table */
    public String propertyName() {
        return propertyName;
    }

    RateLimit defaultLimit() {
        return new RateLimit(defaultCount, defaultSeconds);
    }
}

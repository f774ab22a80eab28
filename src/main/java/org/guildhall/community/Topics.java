package org.guildhall.community;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a topic is: a short label such as {@code espresso} or {@code machine-learning}. Topics are normalised before
 * they are checked, so {@code " Machine Learning "} becomes {@code machine-learning}.
 */
public final class Topics {

    public static final int MAX_TOPICS = 10;
    public static final int MAX_LENGTH = 40;
    /** Letters and digits in words joined by single hyphens; Unicode letters so that "rösten" is a topic too. */
    private static final Pattern VALID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}]+(?:-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*");
    private static final Pattern SPACES_AND_UNDERSCORES = Pattern.compile("[\\s_]+");

    private Topics() {
    }

    /** @return the topic in its stored form: trimmed, lower case, inner blanks and underscores turned into hyphens */
    public static String normalise(String topic) {
        return SPACES_AND_UNDERSCORES.matcher(topic.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
    }

    /** @return the normalised topic, or empty when it is not a valid topic even after normalising */
    public static Optional<String> parse(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        String normalised = normalise(topic);
        if (normalised.isEmpty() || normalised.length() > MAX_LENGTH || !VALID.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return Optional.of(normalised);
    }
}

package org.guildhall.analytics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A recipient a community named for its weekly spotlight: a person (by user key) or a Confluence group (by name).
 * Ordered people first, then groups, each by name.
 */
public record SpotlightRecipient(Kind kind, String name) implements Comparable<SpotlightRecipient> {

    private static final Comparator<SpotlightRecipient> ORDER = Comparator.comparing(SpotlightRecipient::kind)
            .thenComparing(SpotlightRecipient::name);

    /** What a recipient names. */
    public enum Kind {
        PERSON("person"), GROUP("group");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** @throws IllegalArgumentException for a value no {@link SpotlightRecipient} was stored with */
        public static Kind parse(String id) {
            return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown spotlight recipient kind " + id));
        }
    }

    public static SpotlightRecipient person(String userKey) {
        return new SpotlightRecipient(Kind.PERSON, userKey);
    }

    public static SpotlightRecipient group(String name) {
        return new SpotlightRecipient(Kind.GROUP, name);
    }

    @Override
    public int compareTo(SpotlightRecipient other) {
        return ORDER.compare(this, other);
    }
}

package org.guildhall.community;

import java.util.Locale;
import java.util.Optional;

/** Who can see a community and how people join it. */
public enum Visibility {
    /** Anyone who can view the space sees it and may join at once. */
    OPEN,
    /** Anyone who can view the space sees it and may ask to join; moderators decide. */
    REQUEST,
    /** Only members see it; people join by invitation. */
    PRIVATE;

    /** @return the lower-case name used in JSON and templates */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the visibility named (case-insensitive), or empty when there is none of that name */
    public static Optional<Visibility> parse(String value) {
        for (Visibility visibility : values()) {
            if (visibility.name().equalsIgnoreCase(value)) {
                return Optional.of(visibility);
            }
        }
        return Optional.empty();
    }
}

package org.guildhall.community;

import java.util.Locale;
import java.util.Optional;

/** The orders the community directory offers. Each ends with the community id, so paging never skips or repeats. */
public enum DirectorySort {
    /** By name, A to Z, ignoring case (then id). */
    NAME,
    /** Most members first (then by name, then id). */
    SIZE,
    /** Most recently active first (then newest id first). */
    ACTIVITY;

    /** @return the lower-case name used in URLs, macro parameters and i18n keys */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the sort named (case-insensitive), or empty when there is none of that name */
    public static Optional<DirectorySort> parse(String value) {
        for (DirectorySort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }
}

package org.guildhall.community;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the community directory's order (sort name, then id), carried between pages as an opaque cursor.
 */
public record DirectoryPosition(String sortName, long id) {

    private static final char SEPARATOR = '\n';

    /** @return the opaque cursor for this position */
    public String toCursor() {
        String raw = id + String.valueOf(SEPARATOR) + sortName;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the position a cursor stands for, or empty when it is not one this app made */
    public static Optional<DirectoryPosition> fromCursor(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = raw.indexOf(SEPARATOR);
            if (separator < 1) {
                return Optional.empty();
            }
            return Optional.of(new DirectoryPosition(raw.substring(separator + 1),
                    Long.parseLong(raw.substring(0, separator))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static DirectoryPosition of(Community community) {
        return new DirectoryPosition(community.sortName(), community.id());
    }
}

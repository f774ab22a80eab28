package org.guildhall.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The opaque {@code cursor} of a directory page: the position the page ended at, plus the search it belongs to, so
 * that a cursor handed to another sort or filter is refused instead of silently skipping or repeating communities.
 *
 * @param searchDigest a digest of the search's sort, text and topic (the text is not readable from the cursor)
 */
public record DirectoryCursor(String searchDigest, DirectoryPosition position) {

    private static final String VERSION = "d1";
    private static final char SEPARATOR = '\n';
    private static final int FIELDS = 6;

    public static DirectoryCursor of(DirectorySearch search, DirectoryPosition position) {
        return new DirectoryCursor(digest(search), position);
    }

    /** @return true when this cursor was made for exactly that search */
    public boolean belongsTo(DirectorySearch search) {
        return searchDigest.equals(digest(search));
    }

    /** @return the cursor as URL-safe text */
    public String encode() {
        String raw = String.join(String.valueOf(SEPARATOR), VERSION, searchDigest, Long.toString(position.id()),
                Integer.toString(position.memberCount()), Long.toString(position.lastActivityAt().toEpochMilli()),
                position.sortName());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the cursor that text stands for, or empty when it is not one this app made */
    public static Optional<DirectoryCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            // The sort name comes last and may itself contain the separator.
            String[] fields = raw.split(String.valueOf(SEPARATOR), FIELDS);
            if (fields.length != FIELDS || !VERSION.equals(fields[0])) {
                return Optional.empty();
            }
            DirectoryPosition position = new DirectoryPosition(fields[5], Long.parseLong(fields[2]),
                    Integer.parseInt(fields[3]), Instant.ofEpochMilli(Long.parseLong(fields[4])));
            return Optional.of(new DirectoryCursor(fields[1], position));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String digest(DirectorySearch search) {
        String identity = search.sort().id() + SEPARATOR + search.topic().orElse("") + SEPARATOR + search.text();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

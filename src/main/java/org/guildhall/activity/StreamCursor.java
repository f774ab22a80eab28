package org.guildhall.activity;

import org.guildhall.platform.GuildhallException.InvalidInput;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * The opaque {@code cursor} of a stream page: the position the page ended at, sealed with a digest of that position,
 * the filters and the reader. A cursor whose position was edited, or that is handed to another filter or another
 * reader, is refused (400 naming {@code cursor}) instead of silently skipping or repeating entries. The seal is not
 * a secret: a cursor grants nothing, since every filter for the reader is applied in the query whatever the position.
 */
final class StreamCursor {

    private static final String VERSION = "a1";

    private StreamCursor() {
    }

    static String encode(String filters, String reader, StreamPosition position) {
        String body = VERSION + ":" + position.occurredAtMillis() + ":" + position.id();
        String raw = body + ":" + seal(body, filters, reader);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidInput naming {@code cursor} when it was not made by {@link #encode} for these filters */
    static StreamPosition decode(String cursor, String filters, String reader) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid("guildhall.error.cursor.invalid");
        }
        String[] parts = raw.split(":");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw invalid("guildhall.error.cursor.invalid");
        }
        String body = parts[0] + ":" + parts[1] + ":" + parts[2];
        if (!MessageDigest.isEqual(seal(body, filters, reader).getBytes(StandardCharsets.UTF_8),
                parts[3].getBytes(StandardCharsets.UTF_8))) {
            throw invalid("guildhall.error.cursor.other-search");
        }
        try {
            return new StreamPosition(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        } catch (NumberFormatException notNumbers) {
            throw invalid("guildhall.error.cursor.invalid");
        }
    }

    private static String seal(String body, String filters, String reader) {
        String sealed = body + "\n" + filters + "\n" + reader;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sealed.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static InvalidInput invalid(String key) {
        return new InvalidInput(Map.of("cursor", key));
    }
}

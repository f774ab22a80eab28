package org.guildhall.community;

import org.guildhall.platform.GuildhallException.InvalidInput;

import java.util.Map;
import java.util.Optional;

/** Checks and normalises what people send to the membership services; each failure names its field. */
final class MembershipInput {

    static final int MAX_MESSAGE_LENGTH = 2_000;
    static final int MAX_USER_KEY_LENGTH = 255;
    static final int MAX_QUERY_LENGTH = 255;

    private MembershipInput() {
    }

    /** @return the message without surrounding blanks; empty when none was given */
    static String message(String message) {
        String trimmed = message == null ? "" : message.strip();
        if (trimmed.length() > MAX_MESSAGE_LENGTH) {
            throw new InvalidInput(Map.of("message", "guildhall.error.message.too-long"));
        }
        if (hasControlCharacters(trimmed, true)) {
            throw new InvalidInput(Map.of("message", "guildhall.error.control-characters"));
        }
        return trimmed;
    }

    /** A user key as Confluence makes them: not blank, at most 255 characters, no control characters. */
    static String userKey(String userKey) {
        if (userKey == null || userKey.isBlank() || userKey.length() > MAX_USER_KEY_LENGTH
                || hasControlCharacters(userKey, false) || !userKey.equals(userKey.strip())) {
            throw new InvalidInput(Map.of("userKey", "guildhall.error.user-key.invalid"));
        }
        return userKey;
    }

    static MembershipRole role(String role) {
        return MembershipRole.parse(role)
                .orElseThrow(() -> new InvalidInput(Map.of("role", "guildhall.error.role.invalid")));
    }

    /** @return true to approve, false to deny */
    static boolean approves(String decision) {
        if ("approve".equals(decision)) {
            return true;
        }
        if ("deny".equals(decision)) {
            return false;
        }
        throw new InvalidInput(Map.of("decision", "guildhall.error.decision.invalid"));
    }

    /** @return the role to filter by, or empty for every role */
    static Optional<MembershipRole> roleFilter(String role) {
        return role == null || role.isEmpty() ? Optional.empty() : Optional.of(role(role));
    }

    /** @return the search text in lower case, or empty when there is none */
    static Optional<String> query(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.length() > MAX_QUERY_LENGTH || hasControlCharacters(trimmed, false)) {
            throw new InvalidInput(Map.of("query", "guildhall.error.query.invalid"));
        }
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean hasControlCharacters(String value, boolean allowLineBreaksAndTabs) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (allowLineBreaksAndTabs && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}

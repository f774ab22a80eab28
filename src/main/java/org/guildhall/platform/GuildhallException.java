package org.guildhall.platform;

import java.util.Map;

/**
 * A request that cannot be carried out, for a reason the user should be told. Carries i18n keys, not text, so
 * the web layer can answer in the user's language. Services throw the subclasses; REST maps them to 4xx.
 */
public abstract class GuildhallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected GuildhallException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** @return i18n keys of the problem with each named input field; empty when no field is at fault */
    public Map<String, String> fieldErrorKeys() {
        return Map.of();
    }

    /** Input that is malformed or breaks a rule; names the fields at fault. Maps to 400. */
    public static final class InvalidInput extends GuildhallException {

        private static final long serialVersionUID = 1L;

        private final Map<String, String> fieldErrorKeys;

        public InvalidInput(Map<String, String> fieldErrorKeys) {
            super("guildhall.error.invalid-input");
            this.fieldErrorKeys = Map.copyOf(fieldErrorKeys);
        }

        @Override
        public Map<String, String> fieldErrorKeys() {
            return fieldErrorKeys;
        }
    }

    /** The caller may not do this. Maps to 403 (or 401 when nobody is logged in). */
    public static final class AccessDenied extends GuildhallException {

        private static final long serialVersionUID = 1L;

        public AccessDenied(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** The request clashes with the current state (e.g. removing a community's last owner). Maps to 409. */
    public static final class Conflict extends GuildhallException {

        private static final long serialVersionUID = 1L;

        public Conflict(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** The thing does not exist, or the caller may not know that it does. Maps to 404. */
    public static final class NotFound extends GuildhallException {

        private static final long serialVersionUID = 1L;

        public NotFound(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** The caller did this too often lately. Maps to 429 with {@code Retry-After}. */
    public static final class TooManyRequests extends GuildhallException {

        private static final long serialVersionUID = 1L;

        private final long retryAfterSeconds;

        /** @param limit how many are allowed per {@code seconds}; both go into the message */
        public TooManyRequests(long retryAfterSeconds, int limit, int seconds) {
            // as text: a number argument would be formatted with grouping ("3,600")
            super("guildhall.error.rate-limited", String.valueOf(limit), String.valueOf(seconds),
                    String.valueOf(retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        /** @return seconds until the caller may try again */
        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Confluence is in read-only (maintenance) mode: nothing may be written. Maps to 503. */
    public static final class ReadOnlyMode extends GuildhallException {

        private static final long serialVersionUID = 1L;

        public ReadOnlyMode() {
            super("guildhall.error.read-only");
        }
    }
}

package org.guildhall.platform;

import java.util.Locale;

/**
 * Translations of the app's i18n keys ({@code i18n/guildhall.properties}): in the current user's language, or —
 * for mail written to someone else — in a given user's language.
 */
public interface I18n {

    /** @return the text for the key with {@link java.text.MessageFormat} arguments filled in */
    String text(String key, Object... arguments);

    /** @return the text for the key in that locale, with {@link java.text.MessageFormat} arguments filled in */
    String text(Locale locale, String key, Object... arguments);

    /** @return the language the user chose in Confluence (Confluence's default when they chose none) */
    Locale localeOf(String userKey);
}

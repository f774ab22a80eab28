package org.guildhall.platform;

/**
 * The current user's translations of the app's i18n keys ({@code i18n/guildhall.properties}).
 */
public interface I18n {

    /** @return the text for the key with {@link java.text.MessageFormat} arguments filled in */
    String text(String key, Object... arguments);
}

package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.message.I18nResolver} (sal-api): resolves the
 * plugin's i18n keys in the current user's locale, or in a given one ({@code getText(Locale, String,
 * Serializable...)}, seen in SAL's {@code AbstractI18nResolver} and {@code AbstractUserI18nResolverImpl}).
 */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);
}

package com.atlassian.sal.api.message;

import com.atlassian.sal.api.user.UserKey;

import java.util.Locale;

/**
 * Compile-only copy of the member Guildhall calls of SAL's {@code com.atlassian.sal.api.message.LocaleResolver}
 * ({@code Locale getLocale(UserKey userKey)}: the language a given user chose; implemented by Confluence's
 * {@code ConfluenceLocaleResolver}, javadoc 5.8.9–8.8.0).
 */
public interface LocaleResolver {

    Locale getLocale(UserKey userKey);
}

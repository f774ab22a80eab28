package com.atlassian.sal.api.message;

import java.io.Serializable;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.message.I18nResolver} (sal-api): resolves the
 * plugin's i18n keys in the current user's locale.
 */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}

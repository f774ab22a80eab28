package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import org.guildhall.platform.I18n;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/** {@link I18n} backed by SAL's resolvers: I18nResolver for the texts, LocaleResolver for a user's language. */
@Component
public class SalI18n implements I18n {

    private final I18nResolver i18nResolver;
    private final LocaleResolver localeResolver;

    public SalI18n(@ComponentImport I18nResolver i18nResolver,
                   @ComponentImport("salLocaleResolver") LocaleResolver localeResolver) {
        this.i18nResolver = i18nResolver;
        this.localeResolver = localeResolver;
    }

    @Override
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18nResolver.getText(key);
        }
        return i18nResolver.getText(key, serializable(arguments));
    }

    @Override
    public String text(Locale locale, String key, Object... arguments) {
        return i18nResolver.getText(locale, key, serializable(arguments));
    }

    @Override
    public Locale localeOf(String userKey) {
        Locale locale = localeResolver.getLocale(new UserKey(userKey));
        return locale == null ? Locale.ENGLISH : locale;
    }

    private static Serializable[] serializable(Object... arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
    }
}

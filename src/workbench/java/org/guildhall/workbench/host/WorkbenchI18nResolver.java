package org.guildhall.workbench.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.message.I18nResolver;
import org.guildhall.workbench.people.WorkbenchUser;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Workbench stand-in for SAL's {@code I18nResolver}: the plugin's {@code <resource type="i18n">} bundle in the
 * current user's locale (English for anonymous users and for languages without a translation), formatted with
 * {@link MessageFormat} like Confluence does. An unknown key comes back as the key itself.
 */
public final class WorkbenchI18nResolver implements I18nResolver {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader classLoader;

    /** @param baseName the bundle location from the descriptor, e.g. {@code i18n/guildhall} */
    public WorkbenchI18nResolver(String baseName, ClassLoader classLoader) {
        this.baseName = baseName;
        this.classLoader = classLoader;
        bundle(Locale.ROOT);
    }

    /** @return the locale of the user of the current request; English when anonymous */
    public static Locale currentLocale() {
        return AuthenticatedUserThreadLocal.get() instanceof WorkbenchUser user ? user.locale() : Locale.ENGLISH;
    }

    @Override
    public String getText(String key) {
        return format(key, currentLocale());
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return format(key, currentLocale(), (Object[]) arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        return format(key, locale, (Object[]) arguments);
    }

    /** @return the translation with its arguments filled in */
    public String format(String key, Locale locale, Object... arguments) {
        return pattern(key, locale)
                .map(pattern -> new MessageFormat(pattern, locale).format(arguments))
                .orElse(key);
    }

    /** @return the unformatted translation (a {@link MessageFormat} pattern), e.g. for JavaScript's AJS.format */
    public Optional<String> pattern(String key, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, classLoader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("i18n bundle " + baseName + ".properties is not on the class path", e);
        }
    }
}

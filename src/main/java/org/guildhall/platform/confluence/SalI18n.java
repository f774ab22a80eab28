package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.guildhall.platform.I18n;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Arrays;

/** {@link I18n} backed by SAL's resolver. */
@Component
public class SalI18n implements I18n {

    private final I18nResolver i18nResolver;

    public SalI18n(@ComponentImport I18nResolver i18nResolver) {
        this.i18nResolver = i18nResolver;
    }

    @Override
    public String text(String key, Object... arguments) {
        if (arguments.length == 0) {
            return i18nResolver.getText(key);
        }
        Serializable[] serializable = Arrays.stream(arguments)
                .map(argument -> argument instanceof Serializable s ? s : String.valueOf(argument))
                .toArray(Serializable[]::new);
        return i18nResolver.getText(key, serializable);
    }
}

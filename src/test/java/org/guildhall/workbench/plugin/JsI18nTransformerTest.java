package org.guildhall.workbench.plugin;

import org.junit.Test;

import java.util.Locale;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** The jsI18n web resource transformation. */
public class JsI18nTransformerTest {

    private final Map<String, String> german = Map.of(
            "greeting", "Hallo {0}",
            "quote", "It's \"quoted\" </script>");
    private final JsI18nTransformer transformer =
            new JsI18nTransformer((key, locale) -> german.getOrDefault(key, key));

    @Test
    public void getText_becomesFormatWithTheTranslationAndKeepsItsArguments() {
        assertThat(transformer.transform("x = AJS.I18n.getText('greeting', name);", Locale.GERMAN),
                is("x = AJS.format('Hallo {0}', name);"));
    }

    @Test
    public void translation_isEscapedForAJavaScriptStringInsideHtml() {
        assertThat(transformer.transform("AJS.I18n.getText(\"quote\")", Locale.GERMAN),
                is("AJS.format('It\\'s \\\"quoted\\\" \\u003c/script\\u003e')"));
    }

    @Test
    public void unknownKey_isLeftAsTheKey() {
        assertThat(transformer.transform("AJS.I18n.getText('missing.key')", Locale.GERMAN),
                is("AJS.format('missing.key')"));
    }
}

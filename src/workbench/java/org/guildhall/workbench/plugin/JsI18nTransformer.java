package org.guildhall.workbench.plugin;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web resource transformer {@code jsI18n}: replaces {@code AJS.I18n.getText('key'} with
 * {@code AJS.format('<translation>'} in the reader's language, so that arguments after the key are formatted in
 * the browser. A key without a translation is left as the key, as Confluence does.
 */
final class JsI18nTransformer {

    public static final String KEY = "jsI18n";

    private static final Pattern GET_TEXT =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([^'\"\\\\]+)\\1");

    private final BiFunction<String, Locale, String> patterns;

    /** @param patterns the unformatted translation of a key in a locale, or the key itself when there is none */
    JsI18nTransformer(BiFunction<String, Locale, String> patterns) {
        this.patterns = patterns;
    }

    String transform(String script, Locale locale) {
        Matcher matcher = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        while (matcher.find()) {
            String translation = patterns.apply(matcher.group(2), locale);
            matcher.appendReplacement(out, Matcher.quoteReplacement("AJS.format('" + javaScriptString(translation) + "'"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Escapes text for a single-quoted JavaScript string that may sit inside an HTML page. */
    static String javaScriptString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

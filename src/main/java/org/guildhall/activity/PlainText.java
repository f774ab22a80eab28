package org.guildhall.activity;

import java.util.regex.Pattern;

/** Short plain-text excerpts of CommonMark or Confluence storage format, for stream entries. */
final class PlainText {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    /** Emphasis, code, heading and quote markers; an underscore inside a word (snake_case) stays. */
    private static final Pattern MARKUP = Pattern.compile("[`*#>\\[\\]]+|(?<!\\w)_+|_+(?!\\w)");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** Space left before punctuation where an inline tag closed, as in {@code <b>grinder</b>?}. */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?)])");

    private PlainText() {
    }

    /** @return the text without tags, markup characters and repeated space, at most {@code length} characters */
    static String excerpt(String markup, int length) {
        if (markup == null) {
            return "";
        }
        String text = TAGS.matcher(markup).replaceAll(" ");
        text = LINK.matcher(text).replaceAll("$1");
        text = MARKUP.matcher(text).replaceAll("");
        // Entities last, so that an escaped "&gt;" in the text is not taken for a quote marker.
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = SPACE.matcher(text).replaceAll(" ").trim();
        return shorten(SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1"), length);
    }

    /** @return at most {@code length} characters, ending in an ellipsis when cut; never null */
    static String shorten(String text, int length) {
        if (text == null) {
            return "";
        }
        if (text.length() <= length) {
            return text;
        }
        int end = length - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}

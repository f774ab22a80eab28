package org.guildhall.activity;

import java.util.regex.Pattern;

/** Short plain-text excerpts of CommonMark or Confluence storage format, for stream entries. */
final class PlainText {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern MARKUP = Pattern.compile("[`*_#>\\[\\]]+|!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** @return the text without tags, markup characters and repeated space, at most {@code length} characters */
    static String excerpt(String markup, int length) {
        if (markup == null) {
            return "";
        }
        String text = TAGS.matcher(markup).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        text = MARKUP.matcher(text).replaceAll(" ");
        return shorten(SPACE.matcher(text).replaceAll(" ").trim(), length);
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

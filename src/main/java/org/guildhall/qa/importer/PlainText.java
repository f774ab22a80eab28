package org.guildhall.qa.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a Stack Exchange post into plain text, for topic descriptions (stored as plain text) and for the
 * similar-question index. Not a sanitiser: its output is text, which every view escapes.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private PlainText() {
    }

    /** @return the text of {@code html}: tags dropped, character references decoded, blanks collapsed */
    public static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html).replaceAll(" ");
        Matcher entities = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entities.find()) {
            entities.appendReplacement(decoded, Matcher.quoteReplacement(decode(entities.group(1), entities.group())));
        }
        entities.appendTail(decoded);
        return BLANKS.matcher(decoded).replaceAll(" ").trim();
    }

    private static String decode(String reference, String original) {
        try {
            if (reference.startsWith("#x")) {
                return Character.toString(Integer.parseInt(reference.substring(2), 16));
            }
            if (reference.startsWith("#")) {
                return Character.toString(Integer.parseInt(reference.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return original;
        }
        return switch (reference) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> original;
        };
    }
}

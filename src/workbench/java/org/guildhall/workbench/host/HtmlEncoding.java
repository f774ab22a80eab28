package org.guildhall.workbench.host;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Workbench stand-in for Confluence's {@code htmlUtil} Velocity helper ({@code com.atlassian.confluence.util.HtmlUtil}):
 * the encoders that web-item links and templates call. Also the workbench's own HTML encoder.
 */
public final class HtmlEncoding {

    /** Encodes the five characters that matter in HTML text and quoted attributes. */
    public static String encode(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code $htmlUtil.htmlEncode(...)} in templates. */
    public String htmlEncode(String text) {
        return encode(text);
    }

    /** {@code $htmlUtil.urlEncode(...)} in templates: UTF-8 form encoding. */
    public String urlEncode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

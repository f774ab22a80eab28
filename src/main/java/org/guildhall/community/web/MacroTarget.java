package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;
import java.util.Set;

/**
 * What the community macros (and the activity macro) read from their invocation: the community's space and whether the output is read in a
 * browser.
 */
public final class MacroTarget {

    /** Output types read outside a browser session: no script, absolute links. */
    private static final Set<String> STATIC_OUTPUT_TYPES = Set.of("email", "pdf", "word", "html_export", "feed");

    private MacroTarget() {
    }

    /** @return the {@code space} parameter, or the page's space when it is empty; null when there is neither */
    public static String spaceKey(Map<String, String> parameters, ConversionContext context) {
        String spaceKey = parameters.get("space");
        if (spaceKey == null || spaceKey.isBlank()) {
            spaceKey = context.getSpaceKey();
        }
        return spaceKey == null ? null : spaceKey.trim();
    }

    /** @return false for e-mail, PDF and other exports */
    public static boolean isInteractive(ConversionContext context) {
        return !STATIC_OUTPUT_TYPES.contains(context.getOutputType());
    }
}

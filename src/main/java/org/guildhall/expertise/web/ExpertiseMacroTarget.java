package org.guildhall.expertise.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Set;

/** Whether an expertise macro's output is read in a browser (scripts, relative links) or not (e-mail, exports). */
final class ExpertiseMacroTarget {

    private static final Set<String> STATIC_OUTPUT_TYPES = Set.of("email", "pdf", "word", "html_export", "feed");

    private ExpertiseMacroTarget() {
    }

    static boolean isInteractive(ConversionContext context) {
        return !STATIC_OUTPUT_TYPES.contains(context.getOutputType());
    }
}

package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

import java.util.Map;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.macro.Macro} (XHTML macro API, since 4.0;
 * unchanged in Confluence 10 — javadoc docs.atlassian.com/ConfluenceServer/javadoc/9.3.2).
 */
public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType {
        PLAIN_TEXT,
        RICH_TEXT,
        NONE
    }

    enum OutputType {
        BLOCK,
        INLINE
    }
}

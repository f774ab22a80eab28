package com.atlassian.confluence.content.render.xhtml;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.content.render.xhtml.ConversionContext}
 * (since 4.0). Only the members Guildhall calls. {@link #getOutputType()} returns a
 * {@code RenderContextOutputType} value: "display", "preview", "email", "feed", "html_export", "pdf", "word".
 */
public interface ConversionContext {

    String getOutputType();

    String getSpaceKey();
}

package org.guildhall.workbench.content;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;

/**
 * Workbench stand-in for Confluence's {@code DefaultConversionContext}: what a macro learns about the render it is
 * part of.
 *
 * @param outputType one of Confluence's {@code RenderContextOutputType} values: display, preview, email, feed,
 *                   html_export, pdf, word
 * @param spaceKey   the space of the page being rendered, or null
 */
public record WorkbenchConversionContext(String outputType, String spaceKey) implements ConversionContext {

    public static final String DISPLAY = "display";

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }
}

package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only copy of {@code com.atlassian.templaterenderer.TemplateRenderer} (atlassian-template-renderer-api;
 * docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs). Templates are resolved from the plugin's class path.
 */
public interface TemplateRenderer {

    void render(String templateName, Writer writer) throws RenderingException, IOException;

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;

    String renderFragment(String fragment, Map<String, Object> context) throws RenderingException;

    boolean resolve(String templateName);
}

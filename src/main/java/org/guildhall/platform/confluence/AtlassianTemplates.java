package org.guildhall.platform.confluence;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.guildhall.platform.Templates;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link Templates} backed by the Atlassian Template Renderer, which resolves templates from this plugin's
 * class path and adds {@code i18n} to the context.
 */
@Component
public class AtlassianTemplates implements Templates {

    private final TemplateRenderer templateRenderer;

    public AtlassianTemplates(@ComponentImport TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    @Override
    public String render(String templateName, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(templateName, new HashMap<>(context), out);
        } catch (RenderingException | IOException e) {
            throw new TemplateException("Could not render " + templateName, e);
        }
        return out.toString();
    }
}

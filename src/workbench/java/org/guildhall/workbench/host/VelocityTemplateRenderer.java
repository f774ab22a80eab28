package org.guildhall.workbench.host;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.guildhall.workbench.plugin.VelocityAllowlist;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Workbench stand-in for the Atlassian Template Renderer ({@code TemplateRenderer}, Velocity flavour): Velocity 1.7
 * templates from the class path, {@code $i18n} and {@code $htmlUtil} added to every context, output HTML-encoded by
 * Confluence's rule ({@link HtmlEscapingInsertion}) and method calls on plugin classes checked against the
 * plugin's {@code <velocity-allowlist>} ({@link AllowlistUberspector}).
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();
    private final I18nResolver i18n;

    public VelocityTemplateRenderer(I18nResolver i18n, VelocityAllowlist allowlist) {
        this.i18n = i18n;
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "class");
        engine.setProperty("class.resource.loader.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        engine.setApplicationAttribute(AllowlistUberspector.ALLOWLIST_ATTRIBUTE, allowlist);
        engine.init();
    }

    @Override
    public void render(String templateName, Writer writer) throws RenderingException, IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        Template template;
        try {
            template = engine.getTemplate(templateName, "UTF-8");
        } catch (Exception e) {
            throw new RenderingException("Template " + templateName + " cannot be loaded: " + e.getMessage(), e);
        }
        try {
            template.merge(velocityContext(context), writer);
        } catch (RuntimeException e) {
            throw new RenderingException("Template " + templateName + " failed: " + rootMessage(e), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(velocityContext(context), out, "fragment", fragment);
        } catch (RuntimeException e) {
            throw new RenderingException("Velocity fragment failed: " + rootMessage(e), e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return engine.resourceExists(templateName);
    }

    private VelocityContext velocityContext(Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        context.put("i18n", i18n);
        context.put("htmlUtil", new HtmlEncoding());
        model.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(new HtmlEscapingInsertion());
        events.attachToContext(context);
        return context;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}

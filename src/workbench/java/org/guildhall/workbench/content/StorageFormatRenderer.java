package org.guildhall.workbench.content;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.workbench.host.HtmlEncoding;
import org.guildhall.workbench.plugin.MacroRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page body in Confluence storage format into view HTML. Every {@code <ac:structured-macro>} is replaced
 * by the output of the app macro of that name, called with its {@code <ac:parameter>}s and body; an unknown macro
 * or a {@link MacroExecutionException} becomes an AUI error message, as in Confluence. Everything else is passed
 * through as written: like Confluence, the workbench trusts what its editor stored.
 */
public final class StorageFormatRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatRenderer.class);

    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\b([^>]*?)(?:/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bac:name\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern PARAMETER = Pattern.compile(
            "<ac:parameter\\s+ac:name\\s*=\\s*\"([^\"]*)\"\\s*(?:/>|>(.*?)</ac:parameter>)", Pattern.DOTALL);
    private static final Pattern PLAIN_BODY = Pattern.compile(
            "<ac:plain-text-body>\\s*<!\\[CDATA\\[(.*?)]]>\\s*</ac:plain-text-body>", Pattern.DOTALL);
    private static final Pattern RICH_BODY = Pattern.compile("<ac:rich-text-body>(.*?)</ac:rich-text-body>", Pattern.DOTALL);

    private final MacroRegistry macros;

    public StorageFormatRenderer(MacroRegistry macros) {
        this.macros = macros;
    }

    /** Renders for the current user (the macros read {@code AuthenticatedUserThreadLocal}). */
    public String render(String storage, ConversionContext context) {
        Matcher matcher = MACRO.matcher(storage);
        StringBuilder out = new StringBuilder(storage.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    renderMacro(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2), context)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String renderMacro(String attributes, String content, ConversionContext context) {
        Matcher name = NAME.matcher(attributes);
        if (!name.find()) {
            return error("A macro in this page has no name.");
        }
        String macroName = unescapeXml(name.group(1));
        Macro macro = macros.find(macroName).orElse(null);
        if (macro == null) {
            return error("Unknown macro: '" + macroName + "'");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(content);
        while (parameter.find()) {
            parameters.put(unescapeXml(parameter.group(1)), unescapeXml(parameter.group(2) == null ? "" : parameter.group(2)));
        }
        try {
            return macro.execute(parameters, body(macro, content), context);
        } catch (MacroExecutionException e) {
            return error("Error rendering macro '" + macroName + "': " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Macro {} failed", macroName, e);
            return error("Error rendering macro '" + macroName + "': " + causes(e));
        }
    }

    /** @return the messages of the exception and its causes, so that the root cause is on the page */
    private static String causes(Throwable e) {
        StringBuilder out = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
                out.append(" — caused by: ").append(cause.getMessage());
            }
        }
        return out.toString();
    }

    private String body(Macro macro, String content) {
        Matcher rich = RICH_BODY.matcher(content);
        if (macro.getBodyType() == Macro.BodyType.RICH_TEXT && rich.find()) {
            return rich.group(1);
        }
        Matcher plain = PLAIN_BODY.matcher(content);
        return plain.find() ? plain.group(1) : "";
    }

    private static String error(String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-error\"><p>" + HtmlEncoding.encode(message)
                + "</p></div>";
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}

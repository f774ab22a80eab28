package org.guildhall.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.host.RequestPageBuilderService;
import org.guildhall.workbench.host.WorkbenchI18nResolver;
import org.guildhall.workbench.host.WorkbenchLoginUriProvider;
import org.guildhall.workbench.plugin.WebItemMenu.RenderedItem;
import org.guildhall.workbench.plugin.WebResourceRegistry;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbench's stand-in for Confluence's page decorator ({@code atl.general}): wraps a page's content in the
 * site chrome — header with the user menu, optional space sidebar, AUI, and the web resources the request
 * required, dependencies first. Every page gets {@code <html lang>} in the reader's language and a {@code <title>}.
 */
public final class PageChrome {

    private static final String LAYOUT = "workbench/templates/layout.vm";

    /** A page to decorate; {@code contentHtml} should contain the page's {@code <main>}. */
    public record Page(String title, String contentHtml, Sidebar sidebar) {
    }

    /** The space sidebar: the space's pages and, for space admins, Space tools. */
    public record Sidebar(String spaceKey, String spaceName, List<PageLink> pages, List<RenderedItem> spaceTools) {
    }

    /** A link to a page in the sidebar. */
    public record PageLink(String title, String href, boolean current) {
    }

    private final TemplateRenderer templates;
    private final WebResourceRegistry webResources;
    private final RequestPageBuilderService pageBuilder;
    private final AuiAssets aui;
    private final WorkbenchLoginUriProvider loginUris;
    private final String contextPath;

    PageChrome(TemplateRenderer templates, WebResourceRegistry webResources, RequestPageBuilderService pageBuilder,
               AuiAssets aui, WorkbenchLoginUriProvider loginUris, String contextPath) {
        this.templates = templates;
        this.webResources = webResources;
        this.pageBuilder = pageBuilder;
        this.aui = aui;
        this.loginUris = loginUris;
        this.contextPath = contextPath;
    }

    void send(HttpServletRequest request, HttpServletResponse response, int status, Page page) throws IOException {
        String html = render(request, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    /** Renders a workbench template (under {@code workbench/templates/}) to HTML for a page's content. */
    String content(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            templates.render("workbench/templates/" + template, new HashMap<>(model), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private String render(HttpServletRequest request, Page page) {
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        aui.stylesheets().forEach(url -> stylesheets.add(contextPath + url));
        aui.scripts().forEach(url -> scripts.add(contextPath + url));
        for (String url : webResources.urlsInDependencyOrder(pageBuilder.requiredResources())) {
            (url.endsWith(".css") ? stylesheets : scripts).add(contextPath + url);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("lang", WorkbenchI18nResolver.currentLocale().toLanguageTag());
        model.put("title", page.title());
        model.put("contentHtml", page.contentHtml());
        model.put("sidebar", page.sidebar());
        model.put("contextPath", contextPath);
        model.put("stylesheets", stylesheets);
        model.put("scripts", scripts);
        model.put("user", AuthenticatedUserThreadLocal.get());
        model.put("loginHref", loginUris.getLoginUri(URI.create(currentPath(request))).toString());
        model.put("realAui", aui.isRealAui());
        StringWriter out = new StringWriter();
        try {
            templates.render(LAYOUT, model, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String currentPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri.endsWith("/login.action") || uri.endsWith("/logout.action")) {
            return request.getContextPath() + "/";
        }
        return request.getQueryString() == null ? uri : uri + "?" + request.getQueryString();
    }
}

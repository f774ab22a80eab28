package org.guildhall.workbench.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.host.WorkbenchI18nResolver;
import org.guildhall.workbench.plugin.WebResourceRegistry;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves files the pages load: the app's web resources at {@code /download/resources/…} (translated for the
 * reader, so never cached by shared caches) and AUI plus the workbench's own assets at {@code /s/…}.
 */
final class StaticFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WebResourceRegistry webResources;
    private final transient AuiAssets aui;

    StaticFileServlet(WebResourceRegistry webResources, AuiAssets aui) {
        this.webResources = webResources;
        this.aui = aui;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if ("/download/resources".equals(request.getServletPath())) {
            Locale locale = WorkbenchI18nResolver.currentLocale();
            Optional<WebResourceRegistry.ServedResource> resource = webResources.serve(path, locale);
            if (resource.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setHeader("Cache-Control", "private, no-cache");
            send(response, resource.get().contentType(), resource.get().content());
            return;
        }
        Optional<byte[]> asset = aui.read(path);
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "max-age=3600");
        send(response, WebResourceRegistry.contentType(path), asset.get());
    }

    private static void send(HttpServletResponse response, String contentType, byte[] content) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}

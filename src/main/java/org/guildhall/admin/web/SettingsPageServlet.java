package org.guildhall.admin.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.platform.WebSudo;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/admin/settings}: Confluence administration → Guildhall settings. System
 * administrators only (anonymous visitors go to the login page, others get 403), in a secure administrator session:
 * without one, Confluence asks for the password first and comes back. The page's script reads and saves the settings
 * through {@code /rest/guildhall/1.0/admin/settings} and lists the audit trail from {@code /admin/audit}.
 */
public class SettingsPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/admin/settings.vm";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient WebSudo webSudo;
    private final transient AccessMode accessMode;
    private final transient Templates templates;
    private final transient WebResources webResources;

    public SettingsPageServlet(CurrentUser currentUser, LoginRedirect loginRedirect, WebSudo webSudo,
                               AccessMode accessMode, Templates templates, WebResources webResources) {
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.webSudo = webSudo;
        this.accessMode = accessMode;
        this.templates = templates;
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.userKey().isEmpty()) {
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI())).toString());
            return;
        }
        if (!currentUser.isSystemAdministrator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!webSudo.allowOrAuthenticate(request, response)) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("readOnly", accessMode.readOnly());
        webResources.require("admin-settings");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

package org.guildhall.qa.importer.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.community.Community;
import org.guildhall.community.ao.CommunityDao;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/admin/import}: Confluence administration → Stack Exchange import. A system
 * administrator picks a community and a zipped dump; the page's script uploads it to
 * {@code POST /rest/guildhall/1.0/import/stackexchange}, follows the run and lists recent runs. Anonymous visitors are
 * sent to the login page and other users get 403, as Confluence's own admin pages do.
 */
public class ImportAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/qa/import-admin.vm";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient CommunityDao communities;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient AccessMode accessMode;

    public ImportAdminServlet(CurrentUser currentUser, LoginRedirect loginRedirect, CommunityDao communities,
                              Templates templates, WebResources webResources, AccessMode accessMode) {
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.communities = communities;
        this.templates = templates;
        this.webResources = webResources;
        this.accessMode = accessMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.userKey().isEmpty()) {
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI())).toString());
            return;
        }
        if (!currentUser.isAdministrator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // a system administrator may import into any enabled community, whether or not they read its space
        List<Community> targets = communities.enabledSnapshot().stream()
                .sorted(Comparator.comparing(Community::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("communities", targets);
        model.put("readOnly", accessMode.readOnly());
        webResources.require("qa-import-admin");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

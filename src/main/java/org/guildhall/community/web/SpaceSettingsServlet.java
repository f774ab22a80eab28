package org.guildhall.community.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.community.Community;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.SpacePermissions;
import org.guildhall.platform.Spaces;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /plugins/servlet/guildhall/space-settings?key=KEY}: Space tools → Guildhall. Space admins turn the space
 * into a community (name, description) and back. The form saves through the REST API.
 */
public class SpaceSettingsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/community/space-settings.vm";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient Spaces spaces;
    private final transient SpacePermissions spacePermissions;
    private final transient CommunityDirectory directory;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient AccessMode accessMode;

    public SpaceSettingsServlet(CurrentUser currentUser, LoginRedirect loginRedirect, Spaces spaces,
                                SpacePermissions spacePermissions, CommunityDirectory directory, Templates templates,
                                WebResources webResources, AccessMode accessMode) {
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.spaces = spaces;
        this.spacePermissions = spacePermissions;
        this.directory = directory;
        this.templates = templates;
        this.webResources = webResources;
        this.accessMode = accessMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (currentUser.userKey().isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI() + query)).toString());
            return;
        }
        String spaceKey = request.getParameter("key");
        Optional<Spaces.SpaceSummary> space = spaceKey == null ? Optional.empty() : spaces.find(spaceKey);
        if (space.isEmpty() || !spacePermissions.canView(spaceKey)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!spacePermissions.canAdminister(spaceKey)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("space", space.get());
        model.put("readOnly", accessMode.readOnly());
        try {
            Community community = directory.visibleCommunity(spaceKey);
            model.put("community", community);
            model.put("visibility", community.visibility().id());
        } catch (GuildhallException.NotFound notACommunity) {
            model.put("community", null);
        }
        webResources.require("space-settings");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

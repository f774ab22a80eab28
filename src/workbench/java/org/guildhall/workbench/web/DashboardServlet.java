package org.guildhall.workbench.web;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StoredSpace;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code /dashboard.action} (and the site root): the spaces the reader may view, with links to their home pages. */
final class DashboardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SpaceStore spaces;
    private final transient PermissionManager permissions;
    private final transient PageChrome chrome;

    DashboardServlet(SpaceStore spaces, PermissionManager permissions, PageChrome chrome) {
        this.spaces = spaces;
        this.permissions = permissions;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/dashboard.action".equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + "/dashboard.action");
            return;
        }
        List<StoredSpace> visible = spaces.all().stream().filter(this::canView).toList();
        String content = chrome.content("dashboard.vm", Map.of("spaces", visible, "contextPath", request.getContextPath(),
                "anonymous", AuthenticatedUserThreadLocal.isAnonymousUser()));
        chrome.send(request, response, HttpServletResponse.SC_OK, new PageChrome.Page("Dashboard", content, null));
    }

    private boolean canView(StoredSpace space) {
        return permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, new Space(space.key()));
    }
}

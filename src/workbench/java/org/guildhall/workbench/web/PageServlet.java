package org.guildhall.workbench.web;

import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.content.PageStore;
import org.guildhall.workbench.content.SpaceStore;
import org.guildhall.workbench.content.StorageFormatRenderer;
import org.guildhall.workbench.content.StoredPage;
import org.guildhall.workbench.content.StoredSpace;
import org.guildhall.workbench.content.WorkbenchConversionContext;
import org.guildhall.workbench.plugin.WebItemMenu;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's page view: {@code /pages/viewpage.action?pageId=…} and a space's home page at
 * {@code /display/<spaceKey>} ({@code /display/~username} is the person's profile). The body is rendered from storage format with the app's macros (output type
 * {@code display}) for the reader; the sidebar lists the space's pages and, for space admins, Space tools.
 * Anonymous readers without access are sent to log in; logged-in readers get 403, unknown pages 404.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SpaceStore spaces;
    private final transient PageStore pages;
    private final transient PermissionManager permissions;
    private final transient StorageFormatRenderer renderer;
    private final transient WebItemMenu webItems;
    private final transient LoginUriProvider loginUris;
    private final transient PageChrome chrome;
    private final transient UserProfileServlet profiles;

    PageServlet(SpaceStore spaces, PageStore pages, PermissionManager permissions, StorageFormatRenderer renderer,
                WebItemMenu webItems, LoginUriProvider loginUris, PageChrome chrome, UserProfileServlet profiles) {
        this.spaces = spaces;
        this.pages = pages;
        this.permissions = permissions;
        this.renderer = renderer;
        this.webItems = webItems;
        this.loginUris = loginUris;
        this.chrome = chrome;
        this.profiles = profiles;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/display".equals(request.getServletPath()) && request.getPathInfo() != null
                && request.getPathInfo().startsWith("/~")) {
            // the workbench has no personal spaces: Confluence then shows the person's profile
            profiles.doGet(request, response);
            return;
        }
        Optional<StoredPage> page = requestedPage(request);
        Optional<StoredSpace> space = page.flatMap(found -> spaces.find(found.spaceKey()));
        if (page.isEmpty() || space.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Space hostSpace = new Space(space.get().key());
        hostSpace.setName(space.get().name());
        if (!permissions.hasPermission(AuthenticatedUserThreadLocal.get(), Permission.VIEW, hostSpace)) {
            if (AuthenticatedUserThreadLocal.isAnonymousUser()) {
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.sendRedirect(loginUris.getLoginUri(URI.create(request.getRequestURI() + query)).toString());
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        String bodyHtml = renderer.render(page.get().body(),
                new WorkbenchConversionContext(WorkbenchConversionContext.DISPLAY, space.get().key()));
        String content = chrome.content("page.vm", Map.of(
                "page", page.get(), "space", space.get(), "bodyHtml", bodyHtml, "contextPath", request.getContextPath()));
        chrome.send(request, response, HttpServletResponse.SC_OK,
                new PageChrome.Page(page.get().title() + " - " + space.get().name(), content,
                        sidebar(request, space.get(), hostSpace, page.get().id())));
    }

    private Optional<StoredPage> requestedPage(HttpServletRequest request) {
        if ("/display".equals(request.getServletPath())) {
            String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            return spaces.find(key).flatMap(StoredSpace::homePageId).flatMap(pages::find);
        }
        try {
            return pages.find(Long.parseLong(request.getParameter("pageId")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private PageChrome.Sidebar sidebar(HttpServletRequest request, StoredSpace space, Space hostSpace, long currentId) {
        List<PageChrome.PageLink> links = pages.listInSpace(space.key()).stream()
                .map(page -> new PageChrome.PageLink(page.title(),
                        request.getContextPath() + "/pages/viewpage.action?pageId=" + page.id(), page.id() == currentId))
                .toList();
        return new PageChrome.Sidebar(space.key(), space.name(), links, webItems.spaceTools(hostSpace));
    }
}

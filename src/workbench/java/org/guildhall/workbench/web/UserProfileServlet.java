package org.guildhall.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.sal.api.auth.LoginUriProvider;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;
import org.guildhall.workbench.plugin.WebPanels;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's user profile, {@code /users/viewuserprofile.action?username=…} (and {@code /display/~username}, which
 * Confluence shows as the personal space or, without one, the profile): the person's name and the app's web-panels of
 * location {@value WebPanels#USER_PROFILE}, each given {@code targetUser} as Confluence's web-fragment context does.
 * Anonymous readers are sent to log in (Confluence's default: viewing profiles needs "can use"); unknown users get 404.
 */
final class UserProfileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient UserDirectory users;
    private final transient WebPanels webPanels;
    private final transient LoginUriProvider loginUris;
    private final transient PageChrome chrome;

    UserProfileServlet(UserDirectory users, WebPanels webPanels, LoginUriProvider loginUris, PageChrome chrome) {
        this.users = users;
        this.webPanels = webPanels;
        this.loginUris = loginUris;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = username(request);
        if (AuthenticatedUserThreadLocal.isAnonymousUser()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(loginUris.getLoginUri(URI.create(request.getRequestURI() + query)).toString());
            return;
        }
        Optional<WorkbenchUser> user = username == null ? Optional.empty() : users.byUsername(username);
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String content = chrome.content("user-profile.vm", Map.of("user", user.get(),
                "panelsHtml", webPanels.render(WebPanels.USER_PROFILE, Map.of("targetUser", user.get()))));
        chrome.send(request, response, HttpServletResponse.SC_OK,
                new PageChrome.Page(user.get().fullName(), content, null));
    }

    private static String username(HttpServletRequest request) {
        if ("/display".equals(request.getServletPath())) {
            return request.getPathInfo() == null ? null : request.getPathInfo().substring(2);
        }
        return request.getParameter("username");
    }
}

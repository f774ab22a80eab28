package org.guildhall.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.workbench.host.WorkbenchLoginUriProvider;
import org.guildhall.workbench.host.WorkbenchWebSudoManager;
import org.guildhall.workbench.people.UserDirectory;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /authenticate.action}: Confluence's "administrator access" page (WebSudo). The logged-in user confirms their
 * password; on success the secure administrator session starts and the browser returns to {@code destination} (only
 * ever a path inside this site). Anonymous visitors are sent to the login page first.
 */
final class AuthenticateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient UserDirectory users;
    private final transient WorkbenchWebSudoManager webSudo;
    private final transient WorkbenchLoginUriProvider loginUris;
    private final transient PageChrome chrome;

    AuthenticateServlet(UserDirectory users, WorkbenchWebSudoManager webSudo, WorkbenchLoginUriProvider loginUris,
                        PageChrome chrome) {
        this.users = users;
        this.webSudo = webSudo;
        this.loginUris = loginUris;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(URI.create(request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()))).toString());
            return;
        }
        showForm(request, response, HttpServletResponse.SC_OK, user, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        if (user == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String password = request.getParameter("password");
        if (password == null || users.authenticate(user.getName(), password).isEmpty()) {
            showForm(request, response, HttpServletResponse.SC_UNAUTHORIZED, user, true);
            return;
        }
        webSudo.startSession(request);
        response.sendRedirect(request.getContextPath() + destination(request));
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, int status, ConfluenceUser user,
                          boolean failed) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("contextPath", request.getContextPath());
        model.put("destination", destination(request));
        model.put("username", user.getName());
        model.put("failed", failed);
        chrome.send(request, response, status, new PageChrome.Page("Administrator access",
                chrome.content("authenticate.vm", model), null));
    }

    /** @return the path below the context path to return to; the dashboard unless a safe local path was given */
    private static String destination(HttpServletRequest request) {
        String destination = request.getParameter("destination");
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.contains("\r") || destination.contains("\n")) {
            return "/dashboard.action";
        }
        return destination;
    }
}

package org.guildhall.workbench.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /login.action}: Confluence's login form ({@code os_username}, {@code os_password}) that returns to
 * {@code os_destination} — only ever a path inside this site, so the form cannot be used to redirect elsewhere.
 */
final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient UserDirectory users;
    private final transient PageChrome chrome;

    LoginServlet(UserDirectory users, PageChrome chrome) {
        this.users = users;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        showForm(request, response, HttpServletResponse.SC_OK, "", false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = value(request, "os_username");
        Optional<WorkbenchUser> user = users.authenticate(username, value(request, "os_password"));
        if (user.isEmpty()) {
            showForm(request, response, HttpServletResponse.SC_UNAUTHORIZED, username, true);
            return;
        }
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(WorkbenchRequestFilter.SESSION_USER_KEY, user.get().userKey());
        response.sendRedirect(request.getContextPath() + destination(request));
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response, int status, String username,
                          boolean failed) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("contextPath", request.getContextPath());
        model.put("destination", destination(request));
        model.put("username", username);
        model.put("failed", failed);
        chrome.send(request, response, status, new PageChrome.Page("Log in", chrome.content("login.vm", model), null));
    }

    /** @return the path below the context path to return to; the dashboard unless a safe local path was given */
    static String destination(HttpServletRequest request) {
        String destination = request.getParameter("os_destination");
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.contains("\r") || destination.contains("\n")) {
            return "/dashboard.action";
        }
        String contextPath = request.getContextPath();
        return destination.startsWith(contextPath + "/") ? destination.substring(contextPath.length()) : destination;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}

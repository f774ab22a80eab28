package org.guildhall.workbench.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Error pages in the workbench chrome for {@code sendError} from any servlet (404 not found, 403 forbidden,
 * 500 …); REST paths get the JSON error shape instead.
 */
final class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PageChrome chrome;

    ErrorPageServlet(PageChrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer integer ? integer : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/rest/")) {
            RestGuardFilter.writeJsonError(response, status, message(status));
            return;
        }
        send(request, response, status);
    }

    /** Renders the error page for a status directly (servlets that know the status already). */
    void send(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        String title = switch (status) {
            case 403 -> "Not permitted";
            case 404 -> "Page not found";
            default -> "Something went wrong";
        };
        String content = chrome.content("error.vm", Map.of("title", title, "message", message(status), "status", status));
        chrome.send(request, response, status, new PageChrome.Page(title, content, null));
    }

    private static String message(int status) {
        return switch (status) {
            case 401 -> "Log in to see this.";
            case 403 -> "You are not permitted to see this. Ask a space administrator for access.";
            case 404 -> "The page you are looking for does not exist, or it has been removed.";
            default -> "The workbench could not answer this request (HTTP " + status + "). See its log.";
        };
    }
}

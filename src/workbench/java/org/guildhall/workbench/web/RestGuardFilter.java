package org.guildhall.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What Atlassian REST checks before a resource runs. Access: since Confluence 9, a resource without an access
 * annotation is for licensed (logged-in) users only, so anonymous calls get 401. XSRF: a mutating request whose
 * content type a cross-site HTML form could send is refused with 403 unless it carries
 * {@code X-Atlassian-Token: no-check}.
 */
final class RestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> MUTATING = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (AuthenticatedUserThreadLocal.isAnonymousUser()) {
            writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Client must be authenticated to access this resource.");
            return;
        }
        if (MUTATING.contains(request.getMethod()) && isFormType(request.getContentType())
                && !"no-check".equalsIgnoreCase(request.getHeader("X-Atlassian-Token"))) {
            writeJsonError(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return FORM_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
    }

    /** Writes {@code {"status":…,"message":…}}, the error shape of the app's REST API. */
    static void writeJsonError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String json = "{\"status\":" + status + ",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}

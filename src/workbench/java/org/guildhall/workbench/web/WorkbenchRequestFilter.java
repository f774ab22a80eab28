package org.guildhall.workbench.web;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.guildhall.workbench.host.CurrentRequest;
import org.guildhall.workbench.host.RequestPageBuilderService;
import org.guildhall.workbench.people.UserDirectory;
import org.guildhall.workbench.people.WorkbenchUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates every request as Confluence's Seraph filter does — HTTP Basic first, then the session the login
 * form started — and puts the user into {@link AuthenticatedUserThreadLocal} for the request's duration. Also opens
 * the request's set of required web resources. Wrong Basic credentials are refused with 401 at once.
 */
final class WorkbenchRequestFilter extends HttpFilter {

    static final String SESSION_USER_KEY = "workbench.userKey";

    private static final long serialVersionUID = 1L;

    private final transient UserDirectory users;
    private final transient RequestPageBuilderService pageBuilder;

    WorkbenchRequestFilter(UserDirectory users, RequestPageBuilderService pageBuilder) {
        this.users = users;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        WorkbenchUser user;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<WorkbenchUser> authenticated = basic(authorization.substring(6).trim());
            if (authenticated.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Confluence\"");
                RestGuardFilter.writeJsonError(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "Basic authentication failed: wrong username or password");
                return;
            }
            user = authenticated.get();
        } else {
            user = fromSession(request).orElse(null);
        }
        AuthenticatedUserThreadLocal.set(user);
        CurrentRequest.set(request);
        pageBuilder.beginRequest();
        try {
            chain.doFilter(request, response);
        } finally {
            pageBuilder.endRequest();
            CurrentRequest.reset();
            AuthenticatedUserThreadLocal.reset();
        }
    }

    private Optional<WorkbenchUser> basic(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private Optional<WorkbenchUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object userKey = session == null ? null : session.getAttribute(SESSION_USER_KEY);
        return userKey instanceof String key ? users.byKey(key) : Optional.empty();
    }
}

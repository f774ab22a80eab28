package org.guildhall.workbench.host;

import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Confluence's secure administrator session (WebSudo) as SAL offers it: a session counts as secure for
 * {@value #MINUTES} minutes after its user confirmed their password at {@code /authenticate.action}, and every
 * secured request within that time extends it (as Confluence does). Requests authenticated with HTTP Basic are not
 * subject to WebSudo in REST (Atlassian REST exempts them); for pages they need the session like anyone else.
 */
public final class WorkbenchWebSudoManager implements WebSudoManager {

    /** The session attribute holding when the secure session was last confirmed or used. */
    public static final String SESSION_ATTRIBUTE = "workbench.websudo.lastUsed";
    public static final String AUTHENTICATE_PATH = "/authenticate.action";
    static final long MINUTES = 10;

    private final Clock clock;

    public WorkbenchWebSudoManager(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object lastUsed = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        if (!(lastUsed instanceof Instant at) || at.plus(Duration.ofMinutes(MINUTES)).isBefore(clock.instant())) {
            return false;
        }
        session.setAttribute(SESSION_ATTRIBUTE, clock.instant());
        return true;
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        String destination = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            response.sendRedirect(request.getContextPath() + AUTHENTICATE_PATH + "?destination="
                    + URLEncoder.encode(destination, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (or renews) the secure administrator session of the request's session. */
    public void startSession(HttpServletRequest request) {
        request.getSession(true).setAttribute(SESSION_ATTRIBUTE, clock.instant());
    }
}

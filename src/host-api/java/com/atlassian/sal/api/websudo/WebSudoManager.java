package com.atlassian.sal.api.websudo;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.websudo.WebSudoManager} (sal-api since 2.2; Platform 8:
 * jakarta servlet). Confluence registers it as the bean {@code salWebSudoManager}; its documented usage is "if
 * {@code canExecuteRequest(request)} do the work, else {@code enforceWebSudoProtection(request, response)}", which
 * redirects to the secure administrator session (re-authentication) page and back. Only the members Guildhall calls.
 */
public interface WebSudoManager {

    /** @return true when the request belongs to a secure administrator session, or WebSudo is turned off */
    boolean canExecuteRequest(HttpServletRequest request);

    /** Sends the browser to the re-authentication page, which returns to this request afterwards. */
    void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response);
}

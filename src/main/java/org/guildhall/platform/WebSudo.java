package org.guildhall.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Confluence's secure administrator session (WebSudo): administration pages ask the administrator to confirm their
 * password before they show anything. REST resources use SAL's {@code @WebSudoRequired} instead.
 */
public interface WebSudo {

    /**
     * Lets the request through when it belongs to a secure administrator session; otherwise sends the browser to
     * Confluence's re-authentication page, which returns here afterwards.
     *
     * @return true when the caller may go on, false when the response is already a redirect
     */
    boolean allowOrAuthenticate(HttpServletRequest request, HttpServletResponse response);
}

package org.guildhall.workbench.host;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * The HTTP request the current thread serves, for host services that need it where Jersey does not inject it (as
 * Confluence's own request-scoped services find it).
 */
public final class CurrentRequest {

    private static final ThreadLocal<HttpServletRequest> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {
    }

    public static void set(HttpServletRequest request) {
        CURRENT.set(request);
    }

    public static void reset() {
        CURRENT.remove();
    }

    public static Optional<HttpServletRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }
}

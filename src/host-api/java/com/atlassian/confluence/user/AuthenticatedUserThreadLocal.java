package com.atlassian.confluence.user;

/**
 * Compile-only copy of Confluence's {@code com.atlassian.confluence.user.AuthenticatedUserThreadLocal}
 * (static accessor for the user of the current request; {@code null} when anonymous). In Confluence the
 * value is set by its authentication filter; here the holder is the same so a host (or the workbench) can
 * set it. Only {@code platform/} reads it.
 */
public final class AuthenticatedUserThreadLocal {

    private static final ThreadLocal<ConfluenceUser> USER = new ThreadLocal<>();

    private AuthenticatedUserThreadLocal() {
    }

    public static ConfluenceUser get() {
        return USER.get();
    }

    public static void set(ConfluenceUser user) {
        USER.set(user);
    }

    public static void reset() {
        USER.remove();
    }

    public static boolean isAnonymousUser() {
        return USER.get() == null;
    }
}

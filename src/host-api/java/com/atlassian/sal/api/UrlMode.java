package com.atlassian.sal.api;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.UrlMode} (sal-api).
 */
public enum UrlMode {
    ABSOLUTE,
    RELATIVE,
    RELATIVE_CANONICAL,
    CANONICAL,
    AUTO
}

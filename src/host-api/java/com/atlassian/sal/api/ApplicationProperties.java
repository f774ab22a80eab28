package com.atlassian.sal.api;

/**
 * Compile-only copy of SAL's {@code com.atlassian.sal.api.ApplicationProperties} (sal-api). Confluence
 * registers it as the bean {@code salApplicationProperties}. Only the members Guildhall calls.
 */
public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);

    String getDisplayName();
}

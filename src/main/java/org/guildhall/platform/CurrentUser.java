package org.guildhall.platform;

import java.util.Optional;

/**
 * The person behind the current request, as Confluence authenticated them.
 */
public interface CurrentUser {

    /**
     * @return the current user's key, or empty when the request is anonymous
     */
    Optional<String> userKey();

    /**
     * @return true when the current user is a Confluence (system) administrator
     */
    boolean isAdministrator();

    /**
     * @return true when the current user is a Confluence system administrator (the global settings, the audit trail
     *         and personal data exports are for them only)
     */
    boolean isSystemAdministrator();
}

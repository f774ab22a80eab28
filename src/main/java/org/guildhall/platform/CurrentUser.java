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
}

package org.guildhall.platform;

import java.net.URI;

/**
 * Where Confluence sends people who must log in before they see a page.
 */
public interface LoginRedirect {

    /** @return the login page, which returns to {@code returnTo} afterwards */
    URI loginUri(URI returnTo);
}

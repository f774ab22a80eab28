package org.guildhall.platform;

/**
 * Builds links into Confluence.
 */
public interface Links {

    /**
     * @param absolute true for e-mail and exports, which are read outside the browser session
     * @return Confluence's base URL without a trailing slash, e.g. {@code /confluence} or
     *         {@code https://wiki.example.com/confluence}
     */
    String baseUrl(boolean absolute);
}

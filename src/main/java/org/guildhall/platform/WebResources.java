package org.guildhall.platform;

/**
 * Asks Confluence to include one of the app's web resources (CSS/JS) in the page being rendered.
 */
public interface WebResources {

    /**
     * @param webResourceKey the key of a {@code <web-resource>} in atlassian-plugin.xml (without the plugin key)
     */
    void require(String webResourceKey);
}

package com.atlassian.plugin.web.model;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Compile-only copy of Atlassian Plugins' {@code com.atlassian.plugin.web.model.WebPanel} (atlassian-plugins-webfragment
 * API): the module class of a {@code <web-panel class="…">}. The host passes the location's web-fragment context
 * (on Confluence's user profile: {@code targetUser}, the {@code ConfluenceUser} whose profile is shown).
 */
public interface WebPanel {

    String getHtml(Map<String, Object> context);

    void writeHtml(Writer writer, Map<String, Object> context) throws IOException;
}

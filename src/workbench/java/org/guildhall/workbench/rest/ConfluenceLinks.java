package org.guildhall.workbench.rest;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code _links} objects of Confluence's REST API: {@code webui} relative to {@code base}. */
final class ConfluenceLinks {

    private final ApplicationProperties applicationProperties;

    ConfluenceLinks(ApplicationProperties applicationProperties) {
        this.applicationProperties = applicationProperties;
    }

    Map<String, Object> of(String webui, String self) {
        String base = applicationProperties.getBaseUrl(UrlMode.ABSOLUTE);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("webui", webui);
        links.put("self", base + self);
        links.put("base", base);
        links.put("context", applicationProperties.getBaseUrl(UrlMode.RELATIVE));
        return links;
    }
}

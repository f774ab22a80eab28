package org.guildhall.packaging;

import java.util.Map;

/** What the routing templates' references hold (see {@link TemplateModels}). */
final class RoutingTemplateModels {

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.of(
            "templates/expertise/mail/routed-question.vm", Map.ofEntries(
                    Map.entry("language", String.class),
                    Map.entry("subject", String.class),
                    Map.entry("headline", String.class),
                    Map.entry("excerptHtml", String.class),
                    Map.entry("questionUrl", String.class),
                    Map.entry("openLabel", String.class),
                    Map.entry("reason", String.class),
                    Map.entry("profileUrl", String.class),
                    Map.entry("profileLabel", String.class)));

    private RoutingTemplateModels() {
    }
}

package org.guildhall.packaging;

import java.util.List;
import java.util.Map;

/** What the digest templates' references hold (see {@link TemplateModels}). */
final class DigestTemplateModels {

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.of(
            "templates/activity/digest-body.vm", Map.ofEntries(
                    Map.entry("activity", List.class),
                    Map.entry("item", org.guildhall.activity.web.ActivityItemView.class),
                    Map.entry("routed", List.class),
                    Map.entry("top", List.class),
                    Map.entry("question", org.guildhall.activity.digest.DigestContent.DigestQuestion.class)),
            "templates/activity/digest-mail.vm", Map.ofEntries(
                    Map.entry("language", String.class),
                    Map.entry("subject", String.class),
                    Map.entry("introduction", String.class),
                    Map.entry("bodyHtml", String.class),
                    Map.entry("reason", String.class),
                    Map.entry("preferencesUrl", String.class),
                    Map.entry("preferencesLabel", String.class),
                    Map.entry("unsubscribeUrl", String.class),
                    Map.entry("unsubscribeLabel", String.class)),
            "templates/activity/digest-page.vm", Map.ofEntries(
                    Map.entry("frequency", String.class),
                    Map.entry("frequencies", List.class),
                    Map.entry("option", String.class),
                    Map.entry("empty", Boolean.class),
                    Map.entry("since", String.class),
                    Map.entry("digestHtml", String.class),
                    Map.entry("readOnly", Boolean.class)),
            "templates/activity/digest-unsubscribed.vm", Map.ofEntries(
                    Map.entry("unsubscribed", Boolean.class),
                    Map.entry("readOnly", Boolean.class),
                    Map.entry("language", String.class),
                    Map.entry("title", String.class),
                    Map.entry("message", String.class),
                    Map.entry("preferencesLabel", String.class),
                    Map.entry("preferencesUrl", String.class)));

    private DigestTemplateModels() {
    }
}

package org.guildhall.packaging;

import org.guildhall.analytics.SpotlightMail;
import org.guildhall.analytics.web.HealthJson;

import java.util.List;
import java.util.Map;

/** What the community health templates' references hold (see {@link TemplateModels}). */
final class AnalyticsTemplateModels {

    private static final Map<String, Class<?>> PERIOD_FORM = Map.of(
            "from", String.class,
            "to", String.class,
            "errors", Map.class);

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.of(
            "templates/analytics/period-form.vm", PERIOD_FORM,
            "templates/analytics/health.vm", with(PERIOD_FORM, Map.ofEntries(
                    Map.entry("spaceKey", String.class),
                    Map.entry("days", String.class),
                    Map.entry("communityName", String.class),
                    Map.entry("periodFrom", String.class),
                    Map.entry("periodTo", String.class),
                    Map.entry("previousFrom", String.class),
                    Map.entry("figures", List.class),
                    Map.entry("figure", Map.class),
                    Map.entry("charts", List.class),
                    Map.entry("chart", Map.class),
                    Map.entry("series", String.class),
                    Map.entry("row", Map.class),
                    Map.entry("value", String.class),
                    Map.entry("mostAnswers", List.class),
                    Map.entry("mostUseful", List.class),
                    Map.entry("list", List.class),
                    Map.entry("person", HealthJson.PersonJson.class),
                    Map.entry("newcomers", List.class),
                    Map.entry("newcomer", HealthJson.NewcomerJson.class),
                    Map.entry("unanswered", List.class),
                    Map.entry("question", HealthJson.UnansweredJson.class),
                    Map.entry("unansweredDays", Integer.class),
                    Map.entry("unansweredCount", Integer.class),
                    Map.entry("velocityCount", Integer.class),
                    Map.entry("spotlight", Boolean.class),
                    Map.entry("spotlightUsernames", String.class),
                    Map.entry("spotlightGroups", String.class),
                    Map.entry("spotlightMaxPeople", Integer.class),
                    Map.entry("spotlightMaxGroups", Integer.class),
                    Map.entry("spotlightMaxRecipients", Integer.class))),
            "templates/analytics/spotlight-mail.vm", Map.ofEntries(
                    Map.entry("language", String.class),
                    Map.entry("subject", String.class),
                    Map.entry("introduction", String.class),
                    Map.entry("questionsHeading", String.class),
                    Map.entry("answersHeading", String.class),
                    Map.entry("questions", List.class),
                    Map.entry("answers", List.class),
                    Map.entry("item", SpotlightMail.MailItem.class),
                    Map.entry("reason", String.class),
                    Map.entry("settingsUrl", String.class),
                    Map.entry("settingsLabel", String.class)),
            "templates/analytics/site-health.vm", with(PERIOD_FORM, Map.ofEntries(
                    Map.entry("periodFrom", String.class),
                    Map.entry("periodTo", String.class),
                    Map.entry("previousFrom", String.class),
                    Map.entry("csvUrl", String.class),
                    Map.entry("columns", List.class),
                    Map.entry("column", Map.class),
                    Map.entry("rows", List.class),
                    Map.entry("row", Map.class),
                    Map.entry("figure", Map.class))),
            "templates/analytics/health-macro.vm", Map.ofEntries(
                    Map.entry("available", Boolean.class),
                    Map.entry("interactive", Boolean.class),
                    Map.entry("communityName", String.class),
                    Map.entry("periodFrom", String.class),
                    Map.entry("periodTo", String.class),
                    Map.entry("previousFrom", String.class),
                    Map.entry("figures", List.class),
                    Map.entry("figure", Map.class),
                    Map.entry("charts", List.class),
                    Map.entry("chart", Map.class),
                    Map.entry("series", String.class),
                    Map.entry("row", Map.class),
                    Map.entry("value", String.class),
                    Map.entry("pageUrl", String.class)));

    private static Map<String, Class<?>> with(Map<String, Class<?>> first, Map<String, Class<?>> second) {
        Map<String, Class<?>> all = new java.util.HashMap<>(first);
        all.putAll(second);
        return Map.copyOf(all);
    }

    private AnalyticsTemplateModels() {
    }
}

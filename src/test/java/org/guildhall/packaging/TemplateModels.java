package org.guildhall.packaging;

import org.guildhall.community.Community;
import org.guildhall.community.web.CommunityJson;
import org.guildhall.community.web.MemberView;
import org.guildhall.platform.Spaces;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each template's references hold, as the Java code that renders it puts them into the model (loop variables
 * included, under their element type). {@link VelocityAllowlistCheck} follows method calls from these types, so a
 * call on an app object is tied to one class and must be allow-listed for exactly that class. A template or a
 * reference missing here is reported: add it when you add a template or a model entry.
 */
final class TemplateModels {

    /** References the host's renderer adds to every context; their methods are Confluence's business. */
    static final Set<String> HOST_REFERENCES = Set.of("i18n");

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.of(
            "templates/qa/mail/question-activity.vm", Map.ofEntries(
                    Map.entry("language", String.class),
                    Map.entry("subject", String.class),
                    Map.entry("headline", String.class),
                    Map.entry("excerptHtml", String.class),
                    Map.entry("questionUrl", String.class),
                    Map.entry("openLabel", String.class),
                    Map.entry("reason", String.class),
                    Map.entry("footerUrl", String.class),
                    Map.entry("footerLabel", String.class)),
            "templates/community/overview.vm", Map.ofEntries(
                    Map.entry("available", Boolean.class),
                    Map.entry("interactive", Boolean.class),
                    Map.entry("community", CommunityJson.class),
                    Map.entry("topic", String.class),
                    Map.entry("showPeople", Boolean.class),
                    Map.entry("owners", List.class),
                    Map.entry("moderators", List.class),
                    Map.entry("newestMembers", List.class),
                    Map.entry("person", MemberView.class),
                    Map.entry("joinButtonHtml", String.class),
                    Map.entry("activityHtml", String.class),
                    Map.entry("velocityHasNext", Boolean.class)),
            "templates/community/members.vm", Map.ofEntries(
                    Map.entry("available", Boolean.class),
                    Map.entry("loggedIn", Boolean.class),
                    Map.entry("interactive", Boolean.class),
                    Map.entry("spaceKey", String.class),
                    Map.entry("communityName", String.class),
                    Map.entry("members", List.class),
                    Map.entry("member", MemberView.class),
                    Map.entry("requests", List.class),
                    Map.entry("request", MemberView.class),
                    Map.entry("nextCursor", String.class),
                    Map.entry("requestsNextCursor", String.class),
                    Map.entry("canModerate", Boolean.class),
                    Map.entry("canAdminister", Boolean.class),
                    Map.entry("roleOptions", List.class),
                    Map.entry("roleOption", String.class),
                    Map.entry("pageSize", Integer.class),
                    Map.entry("listId", String.class),
                    Map.entry("readOnly", Boolean.class)),
            "templates/activity/stream.vm", Map.ofEntries(
                    Map.entry("items", List.class),
                    Map.entry("item", org.guildhall.activity.web.ActivityItemView.class),
                    Map.entry("nextCursor", String.class),
                    Map.entry("limit", Integer.class),
                    Map.entry("interactive", Boolean.class),
                    Map.entry("withFilters", Boolean.class),
                    Map.entry("headingKey", String.class),
                    Map.entry("fixedCommunities", String.class),
                    Map.entry("fixedPeople", String.class),
                    Map.entry("fixedTopics", String.class),
                    Map.entry("fixedKinds", String.class),
                    Map.entry("following", Boolean.class),
                    Map.entry("loggedIn", Boolean.class),
                    Map.entry("kindIds", List.class),
                    Map.entry("kindId", String.class),
                    Map.entry("feedUrl", String.class),
                    Map.entry("streamId", String.class),
                    Map.entry("readOnly", Boolean.class)),
            "templates/community/directory.vm", Map.ofEntries(
                    Map.entry("communities", List.class),
                    Map.entry("community", CommunityJson.class),
                    Map.entry("topic", String.class),
                    Map.entry("nextCursor", String.class),
                    Map.entry("limit", Integer.class),
                    Map.entry("interactive", Boolean.class),
                    Map.entry("baseUrl", String.class),
                    Map.entry("filterQuery", String.class),
                    Map.entry("filterTopic", String.class),
                    Map.entry("filterSort", String.class),
                    Map.entry("filtered", Boolean.class),
                    Map.entry("sortOptions", List.class),
                    Map.entry("directorySort", String.class),
                    Map.entry("directoryId", String.class),
                    Map.entry("velocityHasNext", Boolean.class)),
            "templates/community/space-settings.vm", Map.of(
                    "space", Spaces.SpaceSummary.class,
                    "community", Community.class,
                    "visibility", String.class,
                    "topic", String.class,
                    "velocityHasNext", Boolean.class,
                    "readOnly", Boolean.class),
            "templates/community/join.vm", Map.of(
                    "spaceKey", String.class,
                    "communityName", String.class,
                    "state", String.class,
                    "canJoin", Boolean.class,
                    "canRequest", Boolean.class,
                    "canLeave", Boolean.class,
                    "interactive", Boolean.class,
                    "readOnly", Boolean.class));

    /** @return {@link #BY_TEMPLATE} and the question and topic ({@link QaUiTemplateModels}), expertise ({@link ExpertiseTemplateModels}), digest ({@link DigestTemplateModels}) and health ({@link AnalyticsTemplateModels}) templates */
    static Map<String, Map<String, Class<?>>> all() {
        Map<String, Map<String, Class<?>>> all = new java.util.HashMap<>(BY_TEMPLATE);
        all.putAll(QaUiTemplateModels.BY_TEMPLATE);
        all.putAll(ExpertiseTemplateModels.BY_TEMPLATE);
        all.putAll(DigestTemplateModels.BY_TEMPLATE);
        all.putAll(AnalyticsTemplateModels.BY_TEMPLATE);
        return all;
    }

    private TemplateModels() {
    }
}

package org.guildhall.activity.web;

import org.guildhall.activity.ActivityKind;
import org.guildhall.activity.ActivityStream;
import org.guildhall.activity.ActivityStream.StreamPage;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Renders a stream (first page, "Show more", and optionally the filter bar) with {@code templates/activity/stream.vm}:
 * the {@code guildhall-activity} macro and the community overview both use it.
 */
@Component
public class ActivityPanel {

    static final String TEMPLATE = "templates/activity/stream.vm";

    private final ActivityStream stream;
    private final ActivityViews views;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;
    private final CurrentUser currentUser;
    private final AccessMode accessMode;

    public ActivityPanel(ActivityStream stream, ActivityViews views, Templates templates, WebResources webResources,
                         Links links, CurrentUser currentUser, AccessMode accessMode) {
        this.stream = stream;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.currentUser = currentUser;
        this.accessMode = accessMode;
    }

    /**
     * @param request     the fixed filters (readers narrow them further with the filter bar) and the page size
     * @param interactive false for e-mail and exports: absolute links, no script, no filter bar, no "Show more"
     * @param withFilters whether to show the filter bar (in a browser)
     * @throws org.guildhall.platform.GuildhallException.InvalidInput for bad filters
     */
    public String render(StreamRequest request, boolean interactive, boolean withFilters, String headingKey) {
        StreamPage page = stream.read(request);
        String baseUrl = links.baseUrl(!interactive);
        Map<String, Object> model = new HashMap<>();
        model.put("items", views.of(page, baseUrl));
        model.put("nextCursor", page.nextCursor().orElse(""));
        model.put("limit", request.limit());
        model.put("interactive", interactive);
        model.put("withFilters", interactive && withFilters);
        model.put("headingKey", headingKey);
        model.put("fixedCommunities", String.join(",", request.spaceKeys()));
        model.put("fixedPeople", String.join(",", request.userKeys()));
        model.put("fixedTopics", String.join(",", request.topics()));
        model.put("fixedKinds", String.join(",", request.kinds()));
        model.put("following", request.following());
        model.put("loggedIn", currentUser.userKey().isPresent());
        model.put("readOnly", accessMode.readOnly());
        model.put("kindIds", kindChoices(request.kinds()));
        model.put("streamId", Integer.toHexString(ThreadLocalRandom.current().nextInt()));
        model.put("feedUrl", currentUser.userKey().isEmpty() ? "" : feedUrl(baseUrl, request));
        if (interactive) {
            webResources.require("activity-stream");
        }
        return templates.render(TEMPLATE, model);
    }

    /** The Atom feed of the stream's fixed filters ({@code GET /activity/feed.atom}). */
    private static String feedUrl(String baseUrl, StreamRequest request) {
        StringBuilder url = new StringBuilder(baseUrl).append("/rest/guildhall/1.0/activity/feed.atom");
        List<String> parameters = new java.util.ArrayList<>();
        addParameter(parameters, "community", request.spaceKeys());
        addParameter(parameters, "user", request.userKeys());
        addParameter(parameters, "topic", request.topics());
        addParameter(parameters, "kind", request.kinds());
        if (request.following()) {
            parameters.add("following=true");
        }
        if (!parameters.isEmpty()) {
            url.append('?').append(String.join("&", parameters));
        }
        return url.toString();
    }

    private static void addParameter(List<String> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.add(name + "=" + java.net.URLEncoder.encode(String.join(",", values),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The kinds the filter offers: those the macro allows, or all. */
    private static List<String> kindChoices(List<String> fixedKinds) {
        List<String> all = Arrays.stream(ActivityKind.values()).map(ActivityKind::id).toList();
        List<String> allowed = fixedKinds.stream().map(ActivityKind::parse).flatMap(java.util.Optional::stream)
                .map(ActivityKind::id).toList();
        return allowed.isEmpty() ? all : allowed;
    }
}

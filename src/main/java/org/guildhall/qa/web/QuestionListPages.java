package org.guildhall.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.community.Topics;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.ListState;
import org.guildhall.qa.QuestionBrowsing;
import org.guildhall.qa.QuestionBrowsing.QuestionPage;
import org.guildhall.qa.QuestionListQuery;
import org.guildhall.qa.QuestionListQuery.Position;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Question lists as HTML, for the {@code guildhall-questions} macro, the browse page
 * ({@code /plugins/servlet/guildhall/questions?community=&topic=&state=&sort=&limit=&cursor=}) and topic pages. The
 * same URL with {@code fragment=items} answers only the next rows, which the list script appends ("Show more") or puts
 * in place (filters), so rows are rendered and escaped in one place.
 */
@Component
public class QuestionListPages {

    static final String LIST_TEMPLATE = "templates/qa/question-list.vm";
    static final String PAGE_TEMPLATE = "templates/qa/questions-page.vm";
    public static final int DEFAULT_LIMIT = 10;
    private static final AtomicInteger LIST_IDS = new AtomicInteger();

    private final QuestionBrowsing browsing;
    private final QaViews views;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;

    public QuestionListPages(QuestionBrowsing browsing, QaViews views, Templates templates, WebResources webResources,
                             Links links) {
        this.browsing = browsing;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
    }

    /**
     * What a list shows. Unknown states and sorts fall back to all / newest; a malformed topic or cursor gives the
     * first page of an unfiltered topic (never an error page for a hand-edited URL).
     */
    public record ListRequest(Optional<String> community, Optional<String> topic, Optional<ListState> state,
                              QuestionListQuery.Sort sort, int limit, Optional<Position> after) {

        public static ListRequest of(String community, String topic, String state, String sort, String limit,
                                     String cursor) {
            QuestionListQuery.Sort order = QuestionListQuery.Sort.parse(sort).orElse(QuestionListQuery.Sort.NEWEST);
            int size = DEFAULT_LIMIT;
            try {
                size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
            } catch (NumberFormatException ignored) {
                // a macro parameter typed by hand: keep the default
            }
            size = Math.max(1, Math.min(QuestionBrowsing.MAX_PAGE_SIZE, size));
            Optional<String> firstTopic = topic == null ? Optional.empty()
                    : Arrays.stream(topic.split("[,\\s]+")).map(Topics::parse).flatMap(Optional::stream).findFirst();
            return new ListRequest(blankToEmpty(community), firstTopic, ListState.parse(state), order, size,
                    decode(cursor, order));
        }

        QuestionListQuery query() {
            return new QuestionListQuery(topic, Optional.empty(), state, sort, after);
        }
    }

    /** @return the list with its filter controls (when interactive and {@code controls}) and "Show more" */
    public String render(ListRequest list, boolean interactive, boolean controls) {
        Map<String, Object> model = model(list, !interactive);
        model.put("fragment", false);
        model.put("interactive", interactive);
        model.put("controls", interactive && controls);
        model.put("listId", "guildhall-questions-" + LIST_IDS.incrementAndGet());
        if (interactive) {
            webResources.require("qa-questions");
        }
        return templates.render(LIST_TEMPLATE, model);
    }

    private Map<String, Object> model(ListRequest list, boolean absolute) {
        QuestionPage page = browsing.list(list.community(), list.query(), list.limit());
        Map<String, Object> model = views.base(absolute);
        model.put("rows", views.rows(page, absolute));
        model.put("showCommunity", list.community().isEmpty());
        model.put("community", list.community().orElse(""));
        model.put("topic", list.topic().orElse(""));
        model.put("state", list.state().map(ListState::id).orElse(""));
        model.put("sort", list.sort().id());
        model.put("limit", list.limit());
        model.put("stateOptions", Arrays.stream(ListState.values()).map(ListState::id).toList());
        model.put("sortOptions", Arrays.stream(QuestionListQuery.Sort.values()).map(QuestionListQuery.Sort::id)
                .toList());
        model.put("nextCursor", page.next().map(position -> encode(list.sort(), position)).orElse(null));
        model.put("listUrl", links.baseUrl(absolute) + QaViews.QUESTIONS_PATH + query(list));
        return model;
    }

    /** The browse page and the {@code fragment=items} answers of the list script. */
    void browse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ListRequest list = ListRequest.of(request.getParameter("community"), request.getParameter("topic"),
                request.getParameter("state"), request.getParameter("sort"), request.getParameter("limit"),
                request.getParameter("cursor"));
        response.setContentType("text/html;charset=UTF-8");
        if ("items".equals(request.getParameter("fragment"))) {
            Map<String, Object> model = model(list, false);
            model.put("fragment", true);
            model.put("interactive", true);
            model.put("controls", false);
            model.put("listId", "");
            response.getWriter().write(templates.render(LIST_TEMPLATE, model));
            return;
        }
        Map<String, Object> model = views.base(false);
        model.put("listHtml", render(list, true, true));
        model.put("community", list.community().orElse(""));
        webResources.require("qa-common");
        response.getWriter().write(templates.render(PAGE_TEMPLATE, model));
    }

    private static String query(ListRequest list) {
        Map<String, String> parameters = new LinkedHashMap<>();
        list.community().ifPresent(value -> parameters.put("community", value));
        list.topic().ifPresent(value -> parameters.put("topic", value));
        list.state().ifPresent(value -> parameters.put("state", value.id()));
        parameters.put("sort", list.sort().id());
        parameters.put("limit", String.valueOf(list.limit()));
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return "?" + String.join("&", pairs);
    }

    /** Opaque cursor: the sort it belongs to, the last row's sort key and id. */
    static String encode(QuestionListQuery.Sort sort, Position position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (sort.id() + ":" + position.key() + ":" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Position> decode(String cursor, QuestionListQuery.Sort sort) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8)
                    .split(":");
            if (parts.length != 3 || !parts[0].equals(sort.id())) {
                return Optional.empty();
            }
            return Optional.of(new Position(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> blankToEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

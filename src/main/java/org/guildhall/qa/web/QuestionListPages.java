package org.guildhall.qa.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.community.Topics;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.ListState;
import org.guildhall.qa.QuestionListQuery;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.ListPage;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
    public static final int MAX_LIMIT = 50;
    private static final AtomicInteger LIST_IDS = new AtomicInteger();

    private final QuestionReading reading;
    private final QaViews views;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;

    public QuestionListPages(QuestionReading reading, QaViews views, Templates templates, WebResources webResources,
                             Links links) {
        this.reading = reading;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
    }

    /**
     * What a list shows. Parameters typed by hand (macro parameters, edited URLs) never fail the page: unknown states
     * and sorts fall back to all / newest, the first valid topic of a list is used, the limit is kept within 1–50.
     */
    public record ListRequest(Optional<String> community, Optional<String> topic, Optional<ListState> state,
                              QuestionListQuery.Sort sort, int limit, Optional<String> cursor) {

        public static ListRequest of(String community, String topic, String state, String sort, String limit,
                                     String cursor) {
            int size = DEFAULT_LIMIT;
            try {
                size = limit == null || limit.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(limit.trim());
            } catch (NumberFormatException typedByHand) {
                // keep the default
            }
            Optional<String> firstTopic = topic == null ? Optional.empty()
                    : Arrays.stream(topic.split("[,\\s]+")).map(Topics::parse).flatMap(Optional::stream).findFirst();
            return new ListRequest(nonBlank(community), firstTopic, ListState.parse(state),
                    QuestionListQuery.Sort.parse(sort).orElse(QuestionListQuery.Sort.NEWEST),
                    Math.max(1, Math.min(MAX_LIMIT, size)), nonBlank(cursor));
        }

        ListRequest firstPage() {
            return new ListRequest(community, topic, state, sort, limit, Optional.empty());
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
        ListPage page = page(list);
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
        model.put("nextCursor", page.nextCursor().orElse(null));
        model.put("listUrl", links.baseUrl(absolute) + QaViews.QUESTIONS_PATH + query(list));
        return model;
    }

    /** A stale or foreign cursor (another filter, an edited URL) starts again at the first page. */
    private ListPage page(ListRequest list) {
        try {
            return reading.list(list.community().orElse(null), list.topic().orElse(null), null,
                    list.state().map(ListState::id).orElse(null), list.sort().id(), list.cursor().orElse(null),
                    list.limit());
        } catch (InvalidInput badCursor) {
            if (list.cursor().isEmpty()) {
                throw badCursor;
            }
            return page(list.firstPage());
        }
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

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}

package org.guildhall.qa.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.TopicPage;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/topics/{name}}: a topic's page, decorated like a Confluence page — its description,
 * how many people follow it, and the questions carrying it that the reader may see (newest first, with the list's
 * filters). A topic used only in communities the reader may not see is a 404 page, like one that does not exist.
 */
public class TopicPageServlet extends HttpServlet {

    private final transient FeatureGate featureGate;

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/qa/topic-page.vm";
    private static final String PREFIX = "/plugins/servlet/guildhall/topics/";

    private final transient QuestionReading reading;
    private final transient QuestionListPages listPages;
    private final transient QaViews views;
    private final transient Templates templates;
    private final transient WebResources webResources;

    public TopicPageServlet(FeatureGate featureGate, QuestionReading reading, QuestionListPages listPages,
                            QaViews views, Templates templates, WebResources webResources) {
        this.featureGate = featureGate;
        this.reading = reading;
        this.listPages = listPages;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!featureGate.isOn(Feature.QA)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String uri = request.getRequestURI();
        int at = uri.indexOf(PREFIX);
        String name = at < 0 ? "" : URLDecoder.decode(uri.substring(at + PREFIX.length()), StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        Map<String, Object> model = views.base(false);
        webResources.require("qa-common");
        TopicPage topic;
        try {
            topic = reading.topic(name);
        } catch (NotFound hidden) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write(templates.render(QuestionPageServlet.NOT_FOUND_TEMPLATE, model));
            return;
        }
        model.put("topic", topic);
        model.put("listHtml", listPages.render(QuestionListPages.ListRequest.of(null, topic.name(),
                request.getParameter("state"), request.getParameter("sort"), request.getParameter("limit"),
                request.getParameter("cursor")), true, true));
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

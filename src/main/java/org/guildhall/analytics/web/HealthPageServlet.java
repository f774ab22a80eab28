package org.guildhall.analytics.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.Spotlight;
import org.guildhall.analytics.Spotlight.Recipients;
import org.guildhall.analytics.SpotlightSending;
import org.guildhall.analytics.HealthPeriod;
import org.guildhall.analytics.web.HealthJson.HealthResponse;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.People;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /plugins/servlet/guildhall/communities/{spaceKey}/health?from=&to=&days=}: a community's health page,
 * decorated like a Confluence page (moderators, owners, space administrators; 404 for people who cannot see the
 * community, 403 for other readers), and its charts as PNG at {@code …/health/activity.png} and
 * {@code …/health/answers.png} for mail and PDF export.
 */
public class HealthPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/analytics/health.vm";
    static final String PREFIX = "/plugins/servlet/guildhall/communities/";

    private final transient FeatureGate featureGate;
    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient CommunityHealth health;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient Links links;
    private final transient I18n i18n;
    private final transient Spotlight spotlight;

    public HealthPageServlet(FeatureGate featureGate, CurrentUser currentUser, LoginRedirect loginRedirect, CommunityHealth health,
                             Templates templates, WebResources webResources, Links links, I18n i18n,
                             Spotlight spotlight) {
        this.spotlight = spotlight;
        this.featureGate = featureGate;
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.health = health;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!HealthPages.admit(featureGate, currentUser, loginRedirect, request, response)) {
            return;
        }
        String uri = request.getRequestURI();
        int start = uri.indexOf(PREFIX);
        String[] parts = start < 0 ? new String[0] : uri.substring(start + PREFIX.length()).split("/");
        String chart = parts.length == 3 ? parts[2] : null;
        if (parts.length < 2 || parts.length > 3 || !"health".equals(parts[1])
                || chart != null && !chart.equals("activity.png") && !chart.equals("answers.png")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String spaceKey = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        Map<String, Object> model = new HashMap<>();
        model.put("spaceKey", spaceKey);
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        model.put("days", request.getParameter("days") == null ? "" : request.getParameter("days"));
        HealthResponse json;
        try {
            HealthPeriod period = HealthPeriod.parse(from, to, health.today());
            json = HealthJson.health(health.community(spaceKey, period, HealthPages.days(request.getParameter("days"))),
                    links.baseUrl(false));
        } catch (GuildhallException.NotFound unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (GuildhallException.AccessDenied denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (GuildhallException.InvalidInput invalid) {
            if (chart != null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            Map<String, String> errors = new HashMap<>();
            invalid.fieldErrorKeys().forEach((field, key) -> errors.put(field, i18n.text(key)));
            model.put("errors", errors);
            render(response, HttpServletResponse.SC_BAD_REQUEST, model);
            return;
        }
        HealthView view = new HealthView(i18n);
        if (chart != null) {
            HealthChart drawn = chart.equals("activity.png") ? view.activityChart(json)
                    : view.answersChart(json.figures());
            response.setContentType("image/png");
            response.setHeader("Cache-Control", "private, max-age=300");
            response.getOutputStream().write(drawn.png());
            return;
        }
        model.putAll(HealthPageServlet.model(json, view, links.baseUrl(false)));
        Recipients recipients = spotlight.recipients(spaceKey);
        model.put("spotlight", Boolean.TRUE);
        model.put("spotlightUsernames", recipients.people().stream().map(People.Person::username)
                .collect(Collectors.joining(", ")));
        model.put("spotlightGroups", String.join(", ", recipients.groups()));
        model.put("spotlightMaxPeople", Spotlight.MAX_PEOPLE);
        model.put("spotlightMaxGroups", Spotlight.MAX_GROUPS);
        model.put("spotlightMaxRecipients", SpotlightSending.MAX_RECIPIENTS);
        model.put("errors", Map.of());
        render(response, HttpServletResponse.SC_OK, model);
    }

    /** The page's and the macro's model for one community's health. */
    static Map<String, Object> model(HealthResponse json, HealthView view, String baseUrl) {
        Map<String, Object> model = new HashMap<>();
        String query = "?from=" + json.period().from() + "&to=" + json.period().to();
        String base = baseUrl + PREFIX + URLEncoder.encode(json.community().spaceKey(), StandardCharsets.UTF_8)
                + "/health";
        model.put("health", json);
        model.put("communityName", json.community().name());
        model.put("periodFrom", json.period().from());
        model.put("periodTo", json.period().to());
        model.put("previousFrom", json.period().previousFrom());
        model.put("figures", view.figures(json.figures(), null));
        model.put("charts", List.of(
                view.chart(view.activityChart(json), "count", base + "/activity.png" + query),
                view.chart(view.answersChart(json.figures()), "share", base + "/answers.png" + query)));
        model.put("mostAnswers", json.mostAnswers());
        model.put("mostUseful", json.mostUseful());
        model.put("newcomers", json.newcomers());
        model.put("unanswered", json.unanswered());
        model.put("unansweredCount", json.unansweredCount());
        model.put("unansweredDays", json.unansweredDays());
        return model;
    }

    private void render(HttpServletResponse response, int status, Map<String, Object> model) throws IOException {
        webResources.require("analytics-health");
        webResources.require("analytics-spotlight");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

package org.guildhall.analytics.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.web.HealthJson.SiteResponse;
import org.guildhall.analytics.web.HealthJson.SiteRowJson;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/admin/health?from=&to=&sort=&order=}: Confluence administration → Community
 * health. Every community's headline figures with the previous period's, sortable by each column, with a CSV
 * export. System administrators only (others 403, anonymous visitors go to the login page).
 */
public class SiteHealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/analytics/site-health.vm";

    private final transient FeatureGate featureGate;
    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient CommunityHealth health;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient Links links;
    private final transient I18n i18n;

    public SiteHealthServlet(FeatureGate featureGate, CurrentUser currentUser, LoginRedirect loginRedirect, CommunityHealth health,
                             Templates templates, WebResources webResources, Links links, I18n i18n) {
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
        if (!currentUser.isAdministrator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        String sort = request.getParameter("sort") == null ? "name" : request.getParameter("sort");
        String order = request.getParameter("order") == null ? "asc" : request.getParameter("order");
        Map<String, Object> model = new HashMap<>();
        model.put("from", from == null ? "" : from);
        model.put("to", to == null ? "" : to);
        int status = HttpServletResponse.SC_OK;
        try {
            SiteResponse site = HealthPages.site(health, from, to, sort, order);
            model.putAll(model(site, new HealthView(i18n), links.baseUrl(false)));
            model.put("errors", Map.of());
        } catch (GuildhallException.InvalidInput invalid) {
            Map<String, String> errors = new HashMap<>();
            invalid.fieldErrorKeys().forEach((field, key) -> errors.put(field, i18n.text(key)));
            model.put("errors", errors);
            status = HttpServletResponse.SC_BAD_REQUEST;
        }
        webResources.require("analytics-health");
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }

    private static Map<String, Object> model(SiteResponse site, HealthView view, String baseUrl) {
        String period = "from=" + site.period().from() + "&to=" + site.period().to();
        List<Map<String, Object>> columns = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of("name"));
        keys.addAll(HealthView.HEADLINE);
        for (String key : keys) {
            boolean sorted = key.equals(site.sort());
            String next = sorted && site.order().equals("asc") ? "desc" : sorted ? "asc"
                    : key.equals("name") ? "asc" : "desc";
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("key", key);
            column.put("sortUrl", "?" + period + "&sort=" + key + "&order=" + next);
            column.put("ariaSort", !sorted ? "none" : site.order().equals("asc") ? "ascending" : "descending");
            columns.add(column);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SiteRowJson row : site.communities()) {
            rows.add(Map.of("name", row.community().name(), "url", baseUrl + HealthPageServlet.PREFIX
                            + URLEncoder.encode(row.community().spaceKey(), StandardCharsets.UTF_8) + "/health?" + period,
                    "figures", view.figures(row.figures(), HealthView.HEADLINE)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("columns", columns);
        model.put("rows", rows);
        model.put("periodFrom", site.period().from());
        model.put("periodTo", site.period().to());
        model.put("previousFrom", site.period().previousFrom());
        model.put("csvUrl", baseUrl + "/rest/guildhall/1.0/health.csv?" + period + "&sort=" + site.sort() + "&order="
                + site.order());
        return model;
    }
}

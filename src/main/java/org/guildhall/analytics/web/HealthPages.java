package org.guildhall.analytics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.HealthPeriod;
import org.guildhall.analytics.web.HealthJson.FigureJson;
import org.guildhall.analytics.web.HealthJson.SiteResponse;
import org.guildhall.analytics.web.HealthJson.SiteRowJson;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException.InvalidInput;
import org.guildhall.platform.LoginRedirect;

import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Request parsing and ordering shared by the health REST resource, page servlets and macro. */
final class HealthPages {

    static final int DEFAULT_DAYS = 7;

    private HealthPages() {
    }

    /** @throws InvalidInput naming {@code days} unless it is empty or a whole number */
    /**
     * Lets a request to a health page through only while the health feature is on (404 otherwise) and for a logged-in
     * reader (others are sent to log in and come back).
     *
     * @return true when the page may go on; otherwise the response is already written
     */
    static boolean admit(FeatureGate featureGate, CurrentUser currentUser, LoginRedirect loginRedirect,
                         HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!featureGate.isOn(Feature.HEALTH)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        if (currentUser.userKey().isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI() + query)).toString());
            return false;
        }
        return true;
    }

    static int days(String days) {
        if (days == null || days.isBlank()) {
            return DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInput(Map.of("days", "guildhall.health.error.days"));
        }
    }

    static SiteResponse site(CommunityHealth health, String from, String to, String sort, String order) {
        HealthPeriod period = HealthPeriod.parse(from, to, health.today());
        if (!"asc".equals(order) && !"desc".equals(order)) {
            throw new InvalidInput(Map.of("order", "guildhall.health.error.order"));
        }
        if (!"name".equals(sort) && HealthJson.figures(EMPTY, EMPTY).stream().noneMatch(figure ->
                figure.key().equals(sort))) {
            throw new InvalidInput(Map.of("sort", "guildhall.health.error.sort"));
        }
        SiteResponse site = HealthJson.site(period, health.siteWide(period), sort, order);
        Comparator<SiteRowJson> byName = Comparator.comparing(row -> row.community().name(),
                String.CASE_INSENSITIVE_ORDER);
        Comparator<SiteRowJson> comparator = "name".equals(sort) ? byName
                : Comparator.comparing((SiteRowJson row) -> value(row, sort),
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(byName);
        List<SiteRowJson> rows = site.communities().stream()
                .sorted("desc".equals(order) ? comparator.reversed() : comparator).toList();
        return new SiteResponse(site.period(), sort, order, rows);
    }

    private static final org.guildhall.analytics.HealthFigures EMPTY = new org.guildhall.analytics.HealthFigures(
            0, 0, 0, 0, 0, null, null, null, null, null, null, null, 0, 0, null, 0);

    private static Double value(SiteRowJson row, String key) {
        return row.figures().stream().filter(figure -> figure.key().equals(key)).map(FigureJson::value)
                .filter(Objects::nonNull).map(Number::doubleValue).findFirst().orElse(null);
    }
}

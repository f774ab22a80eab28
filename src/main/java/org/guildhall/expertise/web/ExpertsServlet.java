package org.guildhall.expertise.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.expertise.ExpertFinder;
import org.guildhall.platform.Clock;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Links;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/experts?topic=&q=&community=&available=}: the "find an expert" page, a plain GET
 * form and its ranked results (each person with the evidence that put them there). Logged-in users.
 */
public class ExpertsServlet extends HttpServlet {

    private final transient FeatureGate featureGate;

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/expertise/experts.vm";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient ExpertFinder finder;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient Links links;
    private final transient Clock clock;

    public ExpertsServlet(FeatureGate featureGate,
                          CurrentUser currentUser, LoginRedirect loginRedirect, ExpertFinder finder,
                          Templates templates, WebResources webResources, Links links, Clock clock) {
        this.featureGate = featureGate;
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.finder = finder;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!featureGate.isOn(Feature.EXPERTISE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (currentUser.userKey().isEmpty()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI() + query)).toString());
            return;
        }
        Map<String, Object> model = FindExpertMacro.search(finder, links, clock, request.getParameter("topic"),
                request.getParameter("q"), request.getParameter("community"),
                "true".equals(request.getParameter("available")), null, false);
        model.put("page", true);
        webResources.require("expertise-person");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }

    /** Kept so that the servlet and macro report the same errors. */
    static String errorKey(GuildhallException e) {
        return e.fieldErrorKeys().isEmpty() ? e.messageKey() : e.fieldErrorKeys().values().iterator().next();
    }
}

package org.guildhall.expertise.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.activity.web.ActivityPanel;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.expertise.ExpertiseReading;
import org.guildhall.expertise.SkillLevel;
import org.guildhall.expertise.Availability;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Links;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/people/{userKey}}: a person's expertise page, decorated like a Confluence page —
 * skills, scores per topic whose numbers open their explanation, evidence, endorsements (with the endorse dialog for
 * colleagues), recent answers, and for the person themselves the profile form. Logged-in users; what it shows is
 * filtered for the reader exactly like {@code GET /people/{userKey}/expertise}.
 */
public class PersonPageServlet extends HttpServlet {

    private final transient FeatureGate featureGate;

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/expertise/person.vm";
    static final String PREFIX = "/plugins/servlet/guildhall/people/";
    static final int PERSON_STREAM_SIZE = 10;

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient ExpertiseReading reading;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient Links links;
    private final transient ActivityPanel activity;
    private final transient AccessMode accessMode;

    public PersonPageServlet(FeatureGate featureGate,
                             CurrentUser currentUser, LoginRedirect loginRedirect, ExpertiseReading reading,
                             Templates templates, WebResources webResources, Links links, ActivityPanel activity,
                             AccessMode accessMode) {
        this.featureGate = featureGate;
        this.activity = activity;
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.reading = reading;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.accessMode = accessMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!featureGate.isOn(Feature.EXPERTISE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (currentUser.userKey().isEmpty()) {
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI())).toString());
            return;
        }
        String uri = request.getRequestURI();
        int start = uri.indexOf(PREFIX);
        String userKey = start < 0 ? "" : URLDecoder.decode(uri.substring(start + PREFIX.length()),
                StandardCharsets.UTF_8);
        if (userKey.isEmpty() || userKey.contains("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ExpertiseReading.Expertise expertise;
        try {
            expertise = reading.expertise(userKey);
        } catch (GuildhallException.NotFound unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("expertise", ExpertiseJson.expertise(expertise, links.baseUrl(false)));
        model.put("mine", expertise.mine());
        model.put("readOnly", accessMode.readOnly());
        model.put("levels", Arrays.stream(SkillLevel.values()).map(SkillLevel::id).toList());
        model.put("availabilities", Arrays.stream(Availability.values()).map(Availability::id).toList());
        // the person's own activity, filtered for the reader like every stream
        model.put("activityHtml", activity.render(new StreamRequest(List.of(), List.of(userKey), List.of(), List.of(),
                false, null, PERSON_STREAM_SIZE), true, false, "guildhall.activity.person.heading"));
        webResources.require("expertise-person");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

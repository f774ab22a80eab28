package org.guildhall.activity.digest.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guildhall.activity.digest.DigestContent;
import org.guildhall.activity.digest.DigestFrequency;
import org.guildhall.activity.digest.DigestMail;
import org.guildhall.activity.digest.DigestPreferences;
import org.guildhall.activity.web.ActivityViews;
import org.guildhall.platform.AccessMode;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /plugins/servlet/guildhall/digest}: the person's digest page, decorated like a Confluence page — how often
 * they get it (the form saves through {@code PUT /rest/guildhall/1.0/people/me/digest}) and a preview of the next one,
 * filtered for them exactly like the mail. Logged-in users; anonymous visitors go to the login page. (The mail's
 * one-click unsubscribe link, which needs no login, is {@link DigestUnsubscribeServlet}.)
 */
public class DigestPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/activity/digest-page.vm";

    private final transient CurrentUser currentUser;
    private final transient LoginRedirect loginRedirect;
    private final transient DigestPreferences preferences;
    private final transient DigestMail digestMail;
    private final transient Templates templates;
    private final transient WebResources webResources;
    private final transient AccessMode accessMode;

    public DigestPageServlet(CurrentUser currentUser, LoginRedirect loginRedirect, DigestPreferences preferences,
                             DigestMail digestMail, Templates templates, WebResources webResources,
                             AccessMode accessMode) {
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.preferences = preferences;
        this.digestMail = digestMail;
        this.templates = templates;
        this.webResources = webResources;
        this.accessMode = accessMode;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        if (currentUser.userKey().isEmpty()) {
            response.sendRedirect(loginRedirect.loginUri(URI.create(request.getRequestURI())).toString());
            return;
        }
        DigestContent preview = preferences.preview();
        Map<String, Object> model = new HashMap<>();
        model.put("frequency", preferences.mine().id());
        model.put("frequencies", Arrays.stream(DigestFrequency.values()).map(DigestFrequency::id).toList());
        model.put("empty", preview.isEmpty());
        model.put("since", ActivityViews.exact(preview.since()));
        model.put("readOnly", accessMode.readOnly());
        model.put("digestHtml", preview.isEmpty() ? "" : digestMail.bodyHtml(preview));
        webResources.require("activity-digest");
        response.getWriter().write(templates.render(TEMPLATE, model));
    }
}

package org.guildhall.qa.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.community.Community;
import org.guildhall.community.VisibleCommunities;
import org.guildhall.community.web.MacroTarget;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.LoginRedirect;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.PostInput;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code guildhall-ask}: the form to ask a question in a community ({@code community}, default the page's): title
 * (with similar questions shown while it is typed), CommonMark body with a live preview, and 1–5 topics with
 * suggestions. It posts to the REST API and then opens the new question's page. Anonymous readers get a link to log
 * in; a community the reader may not see renders the same note as one that does not exist; e-mail and exports get a
 * link to the community's questions instead of a form.
 */
public class AskQuestionMacro implements Macro {

    private final FeatureGate featureGate;

    static final String TEMPLATE = "templates/qa/ask.vm";
    private static final AtomicInteger FORM_IDS = new AtomicInteger();

    private final VisibleCommunities communities;
    private final CurrentUser currentUser;
    private final LoginRedirect loginRedirect;
    private final QaViews views;
    private final Templates templates;
    private final WebResources webResources;

    public AskQuestionMacro(FeatureGate featureGate,
                            VisibleCommunities communities, CurrentUser currentUser, LoginRedirect loginRedirect,
                            QaViews views, Templates templates, WebResources webResources) {
        this.featureGate = featureGate;
        this.communities = communities;
        this.currentUser = currentUser;
        this.loginRedirect = loginRedirect;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<String> turnedOff = featureGate.macroNote(Feature.QA);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        boolean interactive = MacroTarget.isInteractive(context);
        Map<String, Object> model = views.base(!interactive);
        Optional<Community> community = Optional.ofNullable(QuestionListMacro.communityOf(parameters, context))
                .flatMap(communities::bySpaceKey);
        model.put("available", community.isPresent());
        if (community.isEmpty()) {
            return templates.render(TEMPLATE, model);
        }
        String spaceUrl = views.spaceUrl(community.get().spaceKey(), !interactive);
        model.put("interactive", interactive);
        model.put("loggedIn", currentUser.userKey().isPresent());
        model.put("spaceKey", community.get().spaceKey());
        model.put("communityName", community.get().name());
        model.put("communityTopics", String.join(" ", community.get().topics()));
        model.put("questionsUrl", views.questionsUrl(community.get().spaceKey(), !interactive));
        model.put("loginUrl", loginRedirect.loginUri(URI.create(spaceUrl)).toString());
        model.put("formId", "guildhall-ask-" + FORM_IDS.incrementAndGet());
        model.put("titleMax", PostInput.TITLE_MAX);
        if (interactive && currentUser.userKey().isPresent()) {
            webResources.require("qa-ask");
        }
        return templates.render(TEMPLATE, model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}

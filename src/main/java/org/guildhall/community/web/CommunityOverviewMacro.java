package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.activity.ActivityStream.StreamRequest;
import org.guildhall.activity.web.ActivityPanel;
import org.guildhall.community.CommunityOverview;
import org.guildhall.community.Member;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code guildhall-community-overview}: a community's home widget — name, description, topics, visibility, member
 * count, owners and moderators, the newest members, and the join button (the join macro's own template and script).
 * The community is the one of the page's space unless the {@code space} parameter names another. A community the
 * reader may not see renders the same neutral "not available" note as one that does not exist. In e-mail and
 * exports it renders plain markup with absolute links and the membership as text. Below, the community's recent
 * activity (the activity stream's panel, without the filter bar).
 */
public class CommunityOverviewMacro implements Macro {

    static final String TEMPLATE = "templates/community/overview.vm";
    static final int ACTIVITY_ENTRIES = 5;

    private final CommunityOverview overview;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;
    private final I18n i18n;
    private final ActivityPanel activity;

    public CommunityOverviewMacro(CommunityOverview overview, Templates templates, WebResources webResources,
                                  Links links, I18n i18n, ActivityPanel activity) {
        this.overview = overview;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.i18n = i18n;
        this.activity = activity;
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean interactive = MacroTarget.isInteractive(context);
        Map<String, Object> model = new HashMap<>();
        CommunityOverview.Facts facts;
        try {
            facts = overview.overview(MacroTarget.spaceKey(parameters, context));
        } catch (NotFound e) {
            model.put("available", false);
            return templates.render(TEMPLATE, model);
        }
        model.put("available", true);
        model.put("interactive", interactive);
        model.put("community", CommunityJson.of(facts.standing().community(), links.baseUrl(!interactive)));
        model.put("showPeople", facts.standing().userKey().isPresent());
        model.put("owners", views(facts.owners()));
        model.put("moderators", views(facts.moderators()));
        model.put("newestMembers", views(facts.newestMembers()));
        model.put("joinButtonHtml", templates.render(JoinButtonModel.TEMPLATE,
                JoinButtonModel.of(facts.standing(), interactive)));
        model.put("activityHtml", activity.render(new StreamRequest(
                        List.of(facts.standing().community().spaceKey()), List.of(), List.of(), List.of(), false, null,
                        ACTIVITY_ENTRIES), interactive, false, "guildhall.activity.overview.heading"));
        if (interactive) {
            webResources.require("community-overview");
            webResources.require("community-join");
        }
        return templates.render(TEMPLATE, model);
    }

    private List<MemberView> views(List<Member> members) {
        String unknownName = i18n.text("guildhall.members.unknown-person");
        return members.stream().map(member -> MemberView.of(member, unknownName, false)).toList();
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

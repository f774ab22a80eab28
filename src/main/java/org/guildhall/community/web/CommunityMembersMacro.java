package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.community.MemberPage;
import org.guildhall.community.MemberRoster;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipRole;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code guildhall-community-members}: a community's members, {@value #PAGE_SIZE} at a time, with role lozenges, a
 * search box and a role filter, and "Show more" through the REST API. Moderators also see every pending request with
 * Approve and Deny ("Show more requests" pages through them) and a form to invite someone, with a person picker;
 * moderators get Remove and Ban on each member, owners a role change. Every action goes through the
 * REST API, which decides again. Anonymous readers are asked to log in; a community the reader may not see renders
 * the neutral "not available" note. E-mail and exports get the first page without controls.
 */
public class CommunityMembersMacro implements Macro {

    static final String TEMPLATE = "templates/community/members.vm";
    static final int PAGE_SIZE = 20;

    private final MemberRoster roster;
    private final Templates templates;
    private final WebResources webResources;
    private final I18n i18n;

    public CommunityMembersMacro(MemberRoster roster, Templates templates, WebResources webResources, I18n i18n) {
        this.roster = roster;
        this.templates = templates;
        this.webResources = webResources;
        this.i18n = i18n;
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, Object> model = new HashMap<>();
        MemberRoster.FirstPage firstPage;
        try {
            firstPage = roster.firstPage(MacroTarget.spaceKey(parameters, context), PAGE_SIZE);
        } catch (NotFound e) {
            model.put("available", false);
            return templates.render(TEMPLATE, model);
        }
        MemberStanding standing = firstPage.standing();
        boolean interactive = MacroTarget.isInteractive(context);
        model.put("available", true);
        model.put("loggedIn", standing.userKey().isPresent());
        model.put("interactive", interactive);
        model.put("spaceKey", standing.community().spaceKey());
        model.put("communityName", standing.community().name());
        model.put("members", views(firstPage.members(), false));
        model.put("nextCursor", firstPage.members().flatMap(MemberPage::nextCursor).orElse(""));
        model.put("requests", views(firstPage.requests(), true));
        model.put("requestsNextCursor", firstPage.requests().flatMap(MemberPage::nextCursor).orElse(""));
        model.put("canModerate", interactive && standing.canModerate());
        model.put("canAdminister", interactive && standing.canAdminister());
        model.put("readOnly", !standing.writable());
        model.put("roleOptions", Arrays.stream(MembershipRole.values()).map(MembershipRole::id).toList());
        model.put("pageSize", PAGE_SIZE);
        // Labels point at ids: unique per macro, since a page may hold the list twice.
        model.put("listId", Integer.toHexString(ThreadLocalRandom.current().nextInt()));
        if (interactive && standing.userKey().isPresent()) {
            webResources.require("community-members");
        }
        return templates.render(TEMPLATE, model);
    }

    private List<MemberView> views(Optional<MemberPage> page, boolean withMessages) {
        String unknownName = i18n.text("guildhall.members.unknown-person");
        return page.map(MemberPage::members).orElse(List.of()).stream()
                .map(member -> MemberView.of(member, unknownName, withMessages)).toList();
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

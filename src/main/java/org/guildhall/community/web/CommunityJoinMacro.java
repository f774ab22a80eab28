package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.community.MemberStanding;
import org.guildhall.community.MembershipPolicy;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.Map;

/**
 * {@code guildhall-community-join}: the reader's membership of a community and the one thing they can do about it —
 * Join, Request to join (with an optional message), Withdraw request, Accept invitation, or Leave. The button calls
 * the REST API and shows the new state without reloading. In e-mail and exports it renders the state as plain text.
 * The community is the one of the page's space unless the {@code space} parameter names another.
 */
public class CommunityJoinMacro implements Macro {

    private final MembershipPolicy policy;
    private final Templates templates;
    private final WebResources webResources;
    private final I18n i18n;

    public CommunityJoinMacro(MembershipPolicy policy, Templates templates, WebResources webResources, I18n i18n) {
        this.policy = policy;
        this.templates = templates;
        this.webResources = webResources;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        MemberStanding standing;
        try {
            standing = policy.standing(MacroTarget.spaceKey(parameters, context));
        } catch (GuildhallException e) {
            throw new MacroExecutionException(i18n.text(e.messageKey(), e.arguments()), e);
        }
        boolean interactive = MacroTarget.isInteractive(context);
        if (interactive) {
            webResources.require("community-join");
        }
        return templates.render(JoinButtonModel.TEMPLATE, JoinButtonModel.of(standing, interactive));
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

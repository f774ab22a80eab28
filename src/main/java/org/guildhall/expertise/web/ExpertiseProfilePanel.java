package org.guildhall.expertise.web;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.web.model.WebPanel;
import org.guildhall.expertise.ExpertiseReading;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The web-panel on Confluence's user profile (location {@code atl.userprofile}): the profile's person's expertise card
 * (declared skills, strongest topics as the reader may see them, a link to their Guildhall page). Confluence passes the
 * person as {@code targetUser}; without one the panel shows nothing.
 */
public class ExpertiseProfilePanel implements WebPanel {

    private final ExpertiseReading reading;
    private final CurrentUser currentUser;
    private final Templates templates;
    private final Links links;

    public ExpertiseProfilePanel(ExpertiseReading reading, CurrentUser currentUser, Templates templates, Links links) {
        this.reading = reading;
        this.currentUser = currentUser;
        this.templates = templates;
        this.links = links;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        if (!(context.get("targetUser") instanceof ConfluenceUser target) || currentUser.userKey().isEmpty()) {
            return "";
        }
        return ExpertiseProfileMacro.card(reading, currentUser, templates, links, target.getKey().getStringValue(),
                false);
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}

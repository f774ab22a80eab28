package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.community.DirectoryPage;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code guildhall-community-directory}: cards for the communities the reader can see (name, description, member
 * count), with a button that loads more. In e-mail and exports it renders plain, self-contained markup with
 * absolute links and no script.
 */
public class CommunityDirectoryMacro implements Macro {

    static final String TEMPLATE = "templates/community/directory.vm";
    static final int DEFAULT_LIMIT = 12;
    /** Output types read outside a browser session: no script, absolute links. */
    private static final Set<String> STATIC_OUTPUT_TYPES = Set.of("email", "pdf", "word", "html_export", "feed");

    private final CommunityDirectory directory;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;
    private final I18n i18n;

    public CommunityDirectoryMacro(CommunityDirectory directory, Templates templates, WebResources webResources,
                                   Links links, I18n i18n) {
        this.directory = directory;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.i18n = i18n;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        boolean interactive = !STATIC_OUTPUT_TYPES.contains(context.getOutputType());
        int limit = parseLimit(parameters.get("limit"));
        DirectoryPage page;
        try {
            page = directory.visibleCommunities(null, limit);
        } catch (GuildhallException e) {
            throw new MacroExecutionException(i18n.text(e.messageKey(), e.arguments()), e);
        }
        String baseUrl = links.baseUrl(!interactive);
        Map<String, Object> model = new HashMap<>();
        model.put("communities", page.communities().stream().map(c -> CommunityJson.of(c, baseUrl)).toList());
        model.put("nextCursor", page.nextCursor().orElse(""));
        model.put("limit", limit);
        model.put("interactive", interactive);
        model.put("baseUrl", baseUrl);
        if (interactive) {
            webResources.require("community-directory");
        }
        return templates.render(TEMPLATE, model);
    }

    private int parseLimit(String value) throws MacroExecutionException {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= CommunityDirectory.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new MacroExecutionException(i18n.text("guildhall.error.macro.limit", value, CommunityDirectory.MAX_LIMIT));
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

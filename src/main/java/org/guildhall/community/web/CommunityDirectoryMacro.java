package org.guildhall.community.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.community.CommunityDirectory;
import org.guildhall.community.DirectoryPage;
import org.guildhall.community.DirectorySearch;
import org.guildhall.community.DirectorySort;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * {@code guildhall-community-directory}: cards for the communities the reader can see (name, description, member
 * count, topics), with a button that loads more. Optional parameters {@code query}, {@code topic} and {@code sort}
 * set the starting search; in a browser a filter bar above the cards changes it through the REST API. In e-mail and
 * exports it renders plain, self-contained markup with absolute links and no script or form.
 */
public class CommunityDirectoryMacro implements Macro {

    static final String TEMPLATE = "templates/community/directory.vm";
    static final int DEFAULT_LIMIT = 12;

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
        boolean interactive = MacroTarget.isInteractive(context);
        int limit = parseLimit(parameters.get("limit"));
        DirectorySearch search;
        DirectoryPage page;
        try {
            search = DirectorySearch.parse(parameters.get("query"), parameters.get("topic"), parameters.get("sort"));
            page = directory.visibleCommunities(search, null, limit);
        } catch (GuildhallException e) {
            throw new MacroExecutionException(describe(e), e);
        }
        String baseUrl = links.baseUrl(!interactive);
        Map<String, Object> model = new HashMap<>();
        model.put("communities", page.communities().stream().map(c -> CommunityJson.of(c, baseUrl)).toList());
        model.put("nextCursor", page.nextCursor().orElse(""));
        model.put("limit", limit);
        model.put("interactive", interactive);
        model.put("baseUrl", baseUrl);
        // The filter bar shows the starting search as the page author wrote it; the search itself is normalised.
        model.put("filterQuery", parameters.get("query") == null ? "" : parameters.get("query").trim());
        model.put("filterTopic", search.topic().orElse(""));
        model.put("filterSort", search.sort().id());
        model.put("filtered", !search.text().isEmpty() || search.topic().isPresent());
        model.put("sortOptions", Arrays.stream(DirectorySort.values()).map(DirectorySort::id).toList());
        // Labels point at ids: unique per macro, since a page may hold the directory twice.
        model.put("directoryId", Integer.toHexString(ThreadLocalRandom.current().nextInt()));
        if (interactive) {
            webResources.require("community-directory");
        }
        return templates.render(TEMPLATE, model);
    }

    /** Field errors name what is wrong with a parameter; other refusals have a message of their own. */
    private String describe(GuildhallException e) {
        if (e.fieldErrorKeys().isEmpty()) {
            return i18n.text(e.messageKey(), e.arguments());
        }
        return e.fieldErrorKeys().values().stream().map(key -> i18n.text(key)).collect(Collectors.joining(" "));
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

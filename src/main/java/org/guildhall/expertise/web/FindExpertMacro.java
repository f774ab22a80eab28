package org.guildhall.expertise.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.expertise.ExpertFinder;
import org.guildhall.platform.Clock;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-find-expert}: a search form (to the find-an-expert page) and, when the macro names a topic or
 * text, the ranked people with their evidence, filtered for the reader. Parameters: {@code topic}, {@code q},
 * {@code community} (space key), {@code available}, {@code limit}.
 */
public class FindExpertMacro implements Macro {

    private final FeatureGate featureGate;

    private final ExpertFinder finder;
    private final Templates templates;
    private final WebResources webResources;
    private final Links links;
    private final Clock clock;

    public FindExpertMacro(FeatureGate featureGate,
                           ExpertFinder finder, Templates templates, WebResources webResources, Links links,
                           Clock clock) {
        this.featureGate = featureGate;
        this.finder = finder;
        this.templates = templates;
        this.webResources = webResources;
        this.links = links;
        this.clock = clock;
    }

    /** Confluence calls it to render the macro, for any reader; anonymous readers get a note to log in. */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Optional<String> turnedOff = featureGate.macroNote(Feature.EXPERTISE);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        boolean interactive = ExpertiseMacroTarget.isInteractive(context);
        Integer limit = null;
        try {
            limit = parameters.get("limit") == null ? null : Integer.valueOf(parameters.get("limit").trim());
        } catch (NumberFormatException ignored) {
            limit = null;
        }
        Map<String, Object> model = search(finder, links, clock, parameters.get("topic"), parameters.get("q"),
                parameters.get("community"), "true".equals(parameters.get("available")), limit, !interactive);
        model.put("page", false);
        if (interactive) {
            webResources.require("expertise-person");
        }
        return templates.render(ExpertsServlet.TEMPLATE, model);
    }

    /** The model of the experts template: the query echoed back, and results or the error's i18n key. */
    static Map<String, Object> search(ExpertFinder finder, Links links, Clock clock, String topic, String text,
                                      String community, boolean available, Integer limit, boolean absolute) {
        Map<String, Object> model = new HashMap<>();
        model.put("topic", topic == null ? "" : topic);
        model.put("q", text == null ? "" : text);
        model.put("community", community == null ? "" : community);
        model.put("available", available);
        model.put("formAction", links.baseUrl(absolute) + "/plugins/servlet/guildhall/experts");
        model.put("searched", (topic != null && !topic.isBlank()) || (text != null && !text.isBlank()));
        if (Boolean.TRUE.equals(model.get("searched"))) {
            try {
                model.put("results", ExpertiseJson.experts(finder.find(new ExpertFinder.ExpertQuery(topic, text,
                        community, available, limit)), links.baseUrl(absolute), clock.now()));
            } catch (GuildhallException e) {
                model.put("errorKey", ExpertsServlet.errorKey(e));
            }
        }
        return model;
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

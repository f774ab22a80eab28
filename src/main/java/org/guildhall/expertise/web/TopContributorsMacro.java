package org.guildhall.expertise.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.expertise.TopContributors;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-top-contributors}: the people with the most accepted answers (then answers and their points) in a
 * community, in a topic or all, over the last {@code days}. Parameters: {@code space} (default: the page's space),
 * {@code topic}, {@code days} (default 90), {@code limit} (default 5). Readers who cannot see the community get the
 * neutral "not available" note.
 */
public class TopContributorsMacro implements Macro {

    private final FeatureGate featureGate;

    static final String TEMPLATE = "templates/expertise/top-contributors.vm";

    private final TopContributors topContributors;
    private final Templates templates;
    private final Links links;

    public TopContributorsMacro(FeatureGate featureGate,
                                TopContributors topContributors, Templates templates, Links links) {
        this.featureGate = featureGate;
        this.topContributors = topContributors;
        this.templates = templates;
        this.links = links;
    }

    /** Confluence calls it to render the macro, for any reader. */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Optional<String> turnedOff = featureGate.macroNote(Feature.EXPERTISE);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        String spaceKey = parameters.get("space");
        if (spaceKey == null || spaceKey.isBlank()) {
            spaceKey = context.getSpaceKey();
        }
        Map<String, Object> model = new HashMap<>();
        try {
            TopContributors.Board board = topContributors.top(spaceKey, parameters.get("topic"),
                    number(parameters.get("days"), TopContributors.DEFAULT_DAYS), number(parameters.get("limit"), 5));
            String baseUrl = links.baseUrl(!ExpertiseMacroTarget.isInteractive(context));
            model.put("available", true);
            model.put("board", board);
            model.put("rows", board.people().stream().map(ranked -> new ContributorRow(
                    ExpertiseJson.person(ranked.person(), baseUrl), ranked.contribution().acceptedAnswers(),
                    ranked.contribution().answers(), ExpertiseJson.round(ranked.contribution().answerPoints())))
                    .toList());
        } catch (NotFound e) {
            model.put("available", false);
        }
        return templates.render(TEMPLATE, model);
    }

    /** A row of the list as the template reads it. */
    public record ContributorRow(ExpertiseJson.PersonJson person, int acceptedAnswers, int answers, double points) {
    }

    private static int number(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
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

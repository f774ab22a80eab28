package org.guildhall.expertise.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.expertise.ExpertiseReading;
import org.guildhall.platform.CurrentUser;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-expertise-profile}: a person's card — name, "ask me about", skills and their three strongest
 * topics, linking to the expertise page. Parameter {@code user} (a user key; default: the reader). Filtered for the
 * reader like the page; anonymous readers and unknown users get a neutral note.
 */
public class ExpertiseProfileMacro implements Macro {

    private final FeatureGate featureGate;

    static final String TEMPLATE = "templates/expertise/profile-card.vm";

    private final ExpertiseReading reading;
    private final CurrentUser currentUser;
    private final Templates templates;
    private final Links links;

    public ExpertiseProfileMacro(FeatureGate featureGate,
                                 ExpertiseReading reading, CurrentUser currentUser, Templates templates,
                                 Links links) {
        this.featureGate = featureGate;
        this.reading = reading;
        this.currentUser = currentUser;
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
        return card(reading, currentUser, templates, links, parameters.get("user"),
                !ExpertiseMacroTarget.isInteractive(context));
    }

    /** The card for that user (or the reader when blank); shared with the user-profile web panel. */
    static String card(ExpertiseReading reading, CurrentUser currentUser, Templates templates, Links links,
                       String userKey, boolean absolute) {
        Map<String, Object> model = new HashMap<>();
        String key = userKey == null || userKey.isBlank() ? currentUser.userKey().orElse(null) : userKey.trim();
        try {
            if (key == null) {
                throw new GuildhallException.NotFound("guildhall.error.person.not-found");
            }
            ExpertiseJson.ExpertiseResponse expertise = ExpertiseJson.expertise(reading.expertise(key),
                    links.baseUrl(absolute));
            model.put("available", true);
            model.put("expertise", expertise);
            model.put("topTopics", expertise.topics().subList(0, Math.min(3, expertise.topics().size())));
        } catch (GuildhallException hidden) {
            model.put("available", false);
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

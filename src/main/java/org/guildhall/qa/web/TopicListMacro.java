package org.guildhall.qa.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.community.web.MacroTarget;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.TopicCounts;
import org.guildhall.qa.TopicCounts.TopicCount;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-topics}: the topics of a community ({@code community}, default the page's; {@code *} for every
 * community the reader may see), most used first, each with the number of questions the reader may see and a link to
 * its topic page. Hidden communities add nothing, to the list or to the counts.
 */
public class TopicListMacro implements Macro {

    private final FeatureGate featureGate;

    static final String TEMPLATE = "templates/qa/topics.vm";
    private static final int DEFAULT_LIMIT = 20;

    private final TopicCounts topicCounts;
    private final QaViews views;
    private final Templates templates;
    private final WebResources webResources;

    public TopicListMacro(FeatureGate featureGate,
                          TopicCounts topicCounts, QaViews views, Templates templates, WebResources webResources) {
        this.featureGate = featureGate;
        this.topicCounts = topicCounts;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
    }

    /** A topic in the list. */
    public record TopicRow(String name, String description, int questions, String url) {
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<String> turnedOff = featureGate.macroNote(Feature.QA);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        boolean absolute = !MacroTarget.isInteractive(context);
        int limit = DEFAULT_LIMIT;
        try {
            String given = parameters.get("limit");
            limit = given == null || given.isBlank() ? DEFAULT_LIMIT : Integer.parseInt(given.trim());
        } catch (NumberFormatException typedByHand) {
            // keep the default
        }
        List<TopicCount> topics = topicCounts.topics(Optional.ofNullable(
                QuestionListMacro.communityOf(parameters, context)), limit);
        Map<String, Object> model = views.base(absolute);
        model.put("topics", topics.stream().map(topic -> new TopicRow(topic.name(), topic.description(),
                topic.questions(), views.topicUrl(topic.name(), absolute))).toList());
        if (!absolute) {
            webResources.require("qa-common");
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

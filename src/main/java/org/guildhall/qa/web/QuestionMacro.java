package org.guildhall.qa.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.community.web.MacroTarget;
import org.guildhall.platform.GuildhallException.NotFound;
import org.guildhall.platform.Templates;
import org.guildhall.platform.WebResources;
import org.guildhall.qa.Answer;
import org.guildhall.qa.Question;
import org.guildhall.qa.QuestionReading;
import org.guildhall.qa.QuestionReading.QuestionPage;

import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-question}: one question embedded in a page (parameter {@code id}) with its accepted answer and a
 * link to its page. A question the reader may not see renders the same neutral note as one that does not exist.
 */
public class QuestionMacro implements Macro {

    private final FeatureGate featureGate;

    static final String TEMPLATE = "templates/qa/question-embed.vm";

    private final QuestionReading reading;
    private final QaViews views;
    private final Templates templates;
    private final WebResources webResources;

    public QuestionMacro(FeatureGate featureGate,
                         QuestionReading reading, QaViews views, Templates templates, WebResources webResources) {
        this.featureGate = featureGate;
        this.reading = reading;
        this.views = views;
        this.templates = templates;
        this.webResources = webResources;
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
        Map<String, Object> model = views.base(absolute);
        QuestionPage thread;
        try {
            thread = reading.page(Long.parseLong(String.valueOf(parameters.get("id")).trim()));
        } catch (NotFound | NumberFormatException unavailable) {
            thread = null;
        }
        if (thread == null || thread.access().question().deleted()) {
            // moderators see deleted questions on their page, but an embed shows only what everyone may see
            model.put("available", false);
            return templates.render(TEMPLATE, model);
        }
        Question question = thread.access().question();
        model.put("available", true);
        model.put("question", views.question(question, thread.author(question.author()),
                thread.access().community(), true, absolute));
        Answer accepted = thread.answers().stream().filter(answer -> answer.accepted() && !answer.deleted())
                .findFirst().orElse(null);
        model.put("answer", accepted == null ? null : views.answer(thread, accepted, absolute));
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

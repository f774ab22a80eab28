package org.guildhall.qa.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.community.web.MacroTarget;

import java.util.Map;
import java.util.Optional;

/**
 * {@code guildhall-questions}: a list of questions the reader may see — in the community named by {@code community}
 * (a space key), or the page's own community, or with {@code community=*} every community — filtered by
 * {@code topics} (the first valid one), {@code state} and sorted by {@code sort}, {@code limit} rows at a time with
 * "Show more". Readers can change the state and sort in place. A community the reader may not see lists nothing, like
 * one without questions. E-mail and exports get plain rows with absolute links.
 */
public class QuestionListMacro implements Macro {

    private final FeatureGate featureGate;

    private final QuestionListPages listPages;

    public QuestionListMacro(FeatureGate featureGate, QuestionListPages listPages) {
        this.featureGate = featureGate;
        this.listPages = listPages;
    }

    /** Confluence calls it to render the macro, for any reader (anonymous included). */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Optional<String> turnedOff = featureGate.macroNote(Feature.QA);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        String community = communityOf(parameters, context);
        QuestionListPages.ListRequest list = QuestionListPages.ListRequest.of(community, parameters.get("topics"),
                parameters.get("state"), parameters.get("sort"), parameters.get("limit"), null);
        return listPages.render(list, MacroTarget.isInteractive(context), true);
    }

    /** @return the {@code community} parameter, the page's space when it is empty, or null for {@code *} (all) */
    static String communityOf(Map<String, String> parameters, ConversionContext context) {
        String community = parameters.get("community");
        if (community != null && community.trim().equals("*")) {
            return null;
        }
        if (community == null || community.isBlank()) {
            community = context.getSpaceKey();
        }
        return community == null || community.isBlank() ? null : community.trim();
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

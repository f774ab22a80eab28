package org.guildhall.analytics.web;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import org.guildhall.admin.Feature;
import org.guildhall.admin.web.FeatureGate;
import org.guildhall.analytics.CommunityHealth;
import org.guildhall.analytics.HealthPeriod;
import org.guildhall.analytics.web.HealthJson.HealthResponse;
import org.guildhall.platform.GuildhallException;
import org.guildhall.platform.I18n;
import org.guildhall.platform.Links;
import org.guildhall.platform.Templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code guildhall-community-health}: a community's headline figures with their trend and its two charts, for the
 * last {@code days} days (default 28). Parameters: {@code space} (default: the page's space), {@code days}. In a
 * browser the charts are inline SVG with their data tables; in e-mail and exports they are PNG images. Readers who do
 * not moderate the community, or cannot see it, get the neutral "not available" note.
 */
public class CommunityHealthMacro implements Macro {

    static final String TEMPLATE = "templates/analytics/health-macro.vm";
    private static final Set<String> STATIC_OUTPUT_TYPES = Set.of("email", "pdf", "word", "html_export", "feed");

    private final FeatureGate featureGate;
    private final CommunityHealth health;
    private final Templates templates;
    private final Links links;
    private final I18n i18n;

    public CommunityHealthMacro(FeatureGate featureGate, CommunityHealth health, Templates templates, Links links,
                                I18n i18n) {
        this.featureGate = featureGate;
        this.health = health;
        this.templates = templates;
        this.links = links;
        this.i18n = i18n;
    }

    /** Confluence calls it to render the macro, for any reader. */
    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        Optional<String> turnedOff = featureGate.macroNote(Feature.HEALTH);
        if (turnedOff.isPresent()) {
            return turnedOff.get();
        }
        String spaceKey = parameters.get("space");
        if (spaceKey == null || spaceKey.isBlank()) {
            spaceKey = context.getSpaceKey();
        }
        boolean interactive = !STATIC_OUTPUT_TYPES.contains(context.getOutputType());
        Map<String, Object> model = new HashMap<>();
        try {
            int days = days(parameters.get("days"));
            HealthPeriod period = new HealthPeriod(health.today().plusDays(1 - days), health.today().plusDays(1));
            HealthResponse json = HealthJson.health(health.community(spaceKey, period, HealthPages.DEFAULT_DAYS),
                    links.baseUrl(!interactive));
            HealthView view = new HealthView(i18n);
            model.putAll(HealthPageServlet.model(json, view, links.baseUrl(!interactive)));
            model.put("figures", view.figures(json.figures(), HealthView.HEADLINE));
            model.put("pageUrl", links.baseUrl(!interactive) + HealthPageServlet.PREFIX + json.community().spaceKey()
                    + "/health");
            model.put("available", true);
            model.put("interactive", interactive);
        } catch (GuildhallException e) {
            model.put("available", false);
        }
        return templates.render(TEMPLATE, model);
    }

    private static int days(String value) {
        try {
            int days = value == null || value.isBlank() ? 28 : Integer.parseInt(value.trim());
            return Math.max(1, Math.min(HealthPeriod.MAX_DAYS, days));
        } catch (NumberFormatException e) {
            return 28;
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

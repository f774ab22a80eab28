package org.guildhall.admin.web;

import org.guildhall.admin.Feature;
import org.guildhall.admin.FeatureSwitches;
import org.guildhall.platform.I18n;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What macros and pages of a feature show when system administrators turned it off: macros render a short AUI note
 * instead of their content, pages answer 404 (REST is handled by {@link FeatureSwitchFilter}).
 */
@Component
public class FeatureGate {

    private final FeatureSwitches features;
    private final I18n i18n;

    public FeatureGate(FeatureSwitches features, I18n i18n) {
        this.features = features;
        this.i18n = i18n;
    }

    public boolean isOn(Feature feature) {
        return features.isOn(feature);
    }

    /** @return the "turned off" note for a macro of the feature, or empty when the feature is on */
    public Optional<String> macroNote(Feature feature) {
        if (features.isOn(feature)) {
            return Optional.empty();
        }
        // the text comes from the app's own bundle, but is escaped all the same (translations are data)
        String text = i18n.text("guildhall.feature-off.note").replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;");
        return Optional.of("<div class=\"aui-message aui-message-info guildhall-feature-off\"><p>" + text
                + "</p></div>");
    }
}

package org.guildhall.admin;

import org.guildhall.platform.GuildhallException.NotFound;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which features are on (all of them until a system administrator turns one off). Macros of a feature that is off
 * render a "turned off" note, its REST endpoints answer 404 with a message saying so, its pages 404, and its
 * background work does nothing; its data is kept.
 */
@Component
public class FeatureSwitches {

    static final String PREFIX = "feature.";

    private final SettingsStore settings;

    public FeatureSwitches(SettingsStore settings) {
        this.settings = settings;
    }

    public boolean isOn(Feature feature) {
        return settings.get(PREFIX + feature.key()).map(Boolean::parseBoolean).orElse(true);
    }

    /** @throws NotFound ({@code guildhall.error.feature-off}) when the feature is off */
    public void requireOn(Feature feature) {
        if (!isOn(feature)) {
            throw new NotFound("guildhall.error.feature-off");
        }
    }

    /** @return every feature and whether it is on, in declaration order */
    public Map<Feature, Boolean> all() {
        Map<Feature, Boolean> all = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            all.put(feature, isOn(feature));
        }
        return all;
    }
}

package org.guildhall.admin;

import java.util.Arrays;
import java.util.Optional;

/** The parts of Guildhall system administrators can turn off as a whole. Communities themselves are always on. */
public enum Feature {
    QA("qa"),
    EXPERTISE("expertise"),
    ACTIVITY("activity"),
    HEALTH("health");

    private final String key;

    Feature(String key) {
        this.key = key;
    }

    /** @return the name in JSON and settings, e.g. {@code qa} */
    public String key() {
        return key;
    }

    public static Optional<Feature> byKey(String key) {
        return Arrays.stream(values()).filter(feature -> feature.key.equals(key)).findFirst();
    }

    /**
     * @return the feature whose code lives in that Java package, if any: {@code org.guildhall.qa…} is Q&A (import and
     *         similar questions too), {@code org.guildhall.expertise…} expertise (routing too), and so on
     */
    public static Optional<Feature> ofPackage(String packageName) {
        return Arrays.stream(values()).filter(feature -> packageName.equals("org.guildhall." + feature.key)
                || packageName.startsWith("org.guildhall." + feature.key + ".")).findFirst();
    }
}

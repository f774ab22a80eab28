package org.guildhall.admin;

import java.util.Arrays;
import java.util.Optional;

/** The parts of Guildhall system administrators can turn off as a whole. Communities themselves are always on. */
public enum Feature {
    QA("qa", "qa"),
    EXPERTISE("expertise", "expertise"),
    ACTIVITY("activity", "activity"),
    HEALTH("health", "analytics");

    private final String key;
    /** the package below {@code org.guildhall} that holds the feature's code */
    private final String codePackage;

    Feature(String key, String codePackage) {
        this.key = key;
        this.codePackage = codePackage;
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
     *         similar questions too), {@code org.guildhall.expertise…} expertise (routing too),
     *         {@code org.guildhall.analytics…} community health, and so on
     */
    public static Optional<Feature> ofPackage(String packageName) {
        return Arrays.stream(values()).filter(feature -> packageName.equals("org.guildhall." + feature.codePackage)
                || packageName.startsWith("org.guildhall." + feature.codePackage + ".")).findFirst();
    }
}

package org.guildhall.expertise;

import java.util.Arrays;
import java.util.Optional;

/** How well a person says they know a topic. */
public enum SkillLevel {
    LEARNING("learning"), PRACTITIONER("practitioner"), EXPERT("expert");

    private final String id;

    SkillLevel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @return the level with that id, or empty for anything else (null included) */
    public static Optional<SkillLevel> parse(String id) {
        return Arrays.stream(values()).filter(level -> level.id.equals(id)).findFirst();
    }
}

package org.guildhall.expertise;

/** A topic a person declared, with their own estimate of their level. */
public record Skill(String topic, SkillLevel level) {
}

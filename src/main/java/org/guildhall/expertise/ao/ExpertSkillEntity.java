package org.guildhall.expertise.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A skill a person declared: a topic and a level. Table {@code AO_<hash>_EXPERT_SKILL}. {@code SKILL_KEY}
 * ({@code <topic>|<person key>}) is unique: a person declares a topic once.
 */
@Table("ExpertSkill")
@Preload
public interface ExpertSkillEntity extends Entity {

    String ID = "ID";
    String PERSON_KEY = "PERSON_KEY";
    String TOPIC = "TOPIC";
    String SKILL_LEVEL = "SKILL_LEVEL";
    String SKILL_KEY = "SKILL_KEY";

    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    void setPersonKey(String personKey);

    @NotNull
    @Indexed
    @StringLength(40)
    String getTopic();

    void setTopic(String topic);

    /** {@code learning}, {@code practitioner} or {@code expert}. */
    @NotNull
    @StringLength(16)
    String getSkillLevel();

    void setSkillLevel(String skillLevel);

    @NotNull
    @Unique
    @StringLength(300)
    String getSkillKey();

    void setSkillKey(String skillKey);
}

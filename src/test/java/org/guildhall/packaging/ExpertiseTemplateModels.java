package org.guildhall.packaging;

import org.guildhall.expertise.TopContributors;
import org.guildhall.expertise.web.ExpertiseJson;
import org.guildhall.expertise.web.TopContributorsMacro;

import java.util.List;
import java.util.Map;

/** What the expertise templates' references hold (see {@link TemplateModels}). */
final class ExpertiseTemplateModels {

    static final Map<String, Map<String, Class<?>>> BY_TEMPLATE = Map.of(
            "templates/expertise/person.vm", Map.ofEntries(
                    Map.entry("expertise", ExpertiseJson.ExpertiseResponse.class),
                    Map.entry("activityHtml", String.class),
                    Map.entry("person", ExpertiseJson.PersonJson.class),
                    Map.entry("profile", ExpertiseJson.ProfileJson.class),
                    Map.entry("mine", Boolean.class),
                    Map.entry("levels", List.class),
                    Map.entry("level", String.class),
                    Map.entry("availabilities", List.class),
                    Map.entry("value", String.class),
                    Map.entry("current", String.class),
                    Map.entry("skill", ExpertiseJson.SkillJson.class),
                    Map.entry("topic", ExpertiseJson.TopicJson.class),
                    Map.entry("why", ExpertiseJson.WhyJson.class),
                    Map.entry("endorsement", ExpertiseJson.EndorsementJson.class),
                    Map.entry("item", ExpertiseJson.EvidenceJson.class),
                    Map.entry("velocityCount", Integer.class),
                    Map.entry("readOnly", Boolean.class)),
            "templates/expertise/experts.vm", Map.ofEntries(
                    Map.entry("page", Boolean.class),
                    Map.entry("topic", String.class),
                    Map.entry("q", String.class),
                    Map.entry("community", String.class),
                    Map.entry("available", Boolean.class),
                    Map.entry("formAction", String.class),
                    Map.entry("searched", Boolean.class),
                    Map.entry("errorKey", String.class),
                    Map.entry("results", ExpertiseJson.ExpertsResponse.class),
                    Map.entry("expert", ExpertiseJson.ExpertJson.class),
                    Map.entry("item", ExpertiseJson.EvidenceJson.class)),
            "templates/expertise/top-contributors.vm", Map.of(
                    "available", Boolean.class,
                    "board", TopContributors.Board.class,
                    "rows", List.class,
                    "row", TopContributorsMacro.ContributorRow.class),
            "templates/expertise/profile-card.vm", Map.of(
                    "available", Boolean.class,
                    "expertise", ExpertiseJson.ExpertiseResponse.class,
                    "person", ExpertiseJson.PersonJson.class,
                    "topTopics", List.class,
                    "topic", ExpertiseJson.TopicJson.class,
                    "skill", ExpertiseJson.SkillJson.class));

    private ExpertiseTemplateModels() {
    }
}

package org.guildhall.workbench.bench;

import org.guildhall.workbench.bench.QaScenarios.RotatingRequests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The expertise reads the issue sets speed bars for, over the evidence of the whole Q&amp;A dataset, as the bench
 * people make them: find-an-expert for the topics with the most evidence, and the person page of the people with the
 * most evidence (skills, topic scores with their explanations, evidence, endorsements).
 */
final class ExpertiseScenarios {

    private static final String REST = "/rest/guildhall/1.0";

    private ExpertiseScenarios() {
    }

    static Scenario findExpert() {
        return new RotatingRequests("find-expert", "GET " + REST + "/experts?topic= for the "
                + "topics with the most evidence, rotating", target -> Arrays.stream(target.dataset()
                .value(ExpertiseDataPart.EXPERTISE_TOPICS).split("\n"))
                .map(topic -> REST + "/experts?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)).toList(),
                QaScenarios.json(json -> json.path("results").size() > 0));
    }

    static Scenario profilePage() {
        return new RotatingRequests("expertise-profile", "GET /plugins/servlet/guildhall/people/{userKey} (the HTML "
                + "person page) of the people with the most evidence, rotating", target -> Arrays.stream(target
                .dataset().value(ExpertiseDataPart.EXPERTISE_PEOPLE).split(","))
                .map(key -> "/plugins/servlet/guildhall/people/" + URLEncoder.encode(key, StandardCharsets.UTF_8))
                .toList(), body -> body.contains("guildhall-topics"));
    }
}

package org.guildhall.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where community health and the spotlight link people and posts to. */
public final class HealthLinks {

    static final String PEOPLE_PATH = "/plugins/servlet/guildhall/people/";
    static final String QUESTIONS_PATH = "/plugins/servlet/guildhall/questions/";

    private HealthLinks() {
    }

    /** @return the person's expertise page; null for the author of imported content, who has none */
    public static String person(String person, String baseUrl) {
        return person == null || person.startsWith("external:") ? null
                : baseUrl + PEOPLE_PATH + URLEncoder.encode(person, StandardCharsets.UTF_8);
    }

    /** @return the question's page, at the answer when {@code answerId} is not 0 */
    public static String post(long questionId, long answerId, String baseUrl) {
        return baseUrl + QUESTIONS_PATH + questionId + (answerId == 0 ? "" : "#answer-" + answerId);
    }
}

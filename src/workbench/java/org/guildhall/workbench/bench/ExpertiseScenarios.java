package org.guildhall.workbench.bench;

import org.guildhall.workbench.bench.QaScenarios.RotatingRequests;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    /** Asking in the busiest community on its topic with the most evidence: routing finds experts and mails them. */
    static Scenario askRouted() {
        return new Ask("ask-routed", "POST " + REST + "/questions in the busiest community on the topic with the most "
                + "evidence (routing then ranks, filters and mails up to 3 experts in the background)",
                QaDataPart.QA_COMMUNITY);
    }

    /** The same in an open community without evidence: routing finds nobody, so asking is measured without it. */
    static Scenario askUnrouted() {
        return new Ask("ask-unrouted", "POST " + REST + "/questions in an open community without any evidence, same "
                + "topic (routing finds nobody to ask)", ExpertiseDataPart.UNROUTED_COMMUNITY);
    }

    /** Each worker asks new questions, each time as the next person of the dataset; 201 is success. */
    private static final class Ask implements Scenario {

        private final String name;
        private final String description;
        private final String communityPurpose;

        Ask(String name, String description, String communityPurpose) {
            this.name = name;
            this.description = description;
            this.communityPurpose = communityPurpose;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        private HttpRequest ask(Target target, String user, String title) {
            String topic = target.dataset().value(ExpertiseDataPart.EXPERTISE_TOPICS).split("\n")[0];
            String body = "{\"community\":\"" + target.dataset().value(communityPurpose) + "\",\"title\":\"" + title
                    + "\",\"body\":\"Asked by the benchmark.\",\"topics\":[\"" + topic + "\"]}";
            return target.get(REST + "/questions", user).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }

        @Override
        public void check(Target target) throws IOException, InterruptedException {
            if (target.dataset().value(communityPurpose).isEmpty()) {
                throw new IllegalStateException(name + ": every open community of this dataset has evidence, so there "
                        + "is none to ask in without routing");
            }
            String user = target.dataset().usernames().get(0);
            HttpResponse<String> response = target.send(ask(target, user, name + " check question"));
            if (response.statusCode() != 201) {
                throw new IllegalStateException(name + ": asking as " + user + " answered " + response.statusCode()
                        + ": " + response.body());
            }
        }

        @Override
        public Visitor visitor(Target target, int worker) {
            return new Visitor() {
                private long visits;

                @Override
                public HttpRequest next() {
                    long visit = visits++;
                    return ask(target, target.dataset().user(worker, visit), name + " question " + worker + "-" + visit
                            + " about brewing");
                }

                @Override
                public boolean accept(HttpResponse<String> response) {
                    return response.statusCode() == 201;
                }
            };
        }
    }

    static Scenario profilePage() {
        return new RotatingRequests("expertise-profile", "GET /plugins/servlet/guildhall/people/{userKey} (the HTML "
                + "person page) of the people with the most evidence, rotating", target -> Arrays.stream(target
                .dataset().value(ExpertiseDataPart.EXPERTISE_PEOPLE).split(","))
                .map(key -> "/plugins/servlet/guildhall/people/" + URLEncoder.encode(key, StandardCharsets.UTF_8))
                .toList(), body -> body.contains("guildhall-topics"));
    }
}

package org.guildhall.workbench.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Community health as the people allowed to read it ask for it: the health page of the community with
 * {@value HealthDataPart#QUESTIONS} questions (its space administrator) and the site-wide figures of every community
 * (a Confluence administrator), both for the default period (the last 28 days against the 28 before).
 */
final class HealthScenarios {

    /** The workbench's demo administrator (password = username), a member of {@code confluence-administrators}. */
    static final String ADMINISTRATOR = "admin";

    private HealthScenarios() {
    }

    static Scenario communityPage() {
        return new AsOnePerson("health-page", "GET /plugins/servlet/guildhall/communities/{key}/health (HTML, charts) of "
                + "the community with " + HealthDataPart.QUESTIONS + " questions, as its space administrator",
                target -> "/plugins/servlet/guildhall/communities/"
                        + target.dataset().value(HealthDataPart.HEALTH_COMMUNITY) + "/health",
                target -> target.dataset().value(HealthDataPart.HEALTH_MODERATOR),
                body -> body.contains("<svg") && body.contains("guildhall-health"));
    }

    static Scenario siteWide() {
        return new AsOnePerson("health-site", "GET /rest/guildhall/1.0/health (every community's figures) as a "
                + "Confluence administrator", target -> "/rest/guildhall/1.0/health", target -> ADMINISTRATOR,
                body -> QaScenarios.json(json -> json.path("communities").size() > 0).test(body));
    }

    /** Every worker sends the same request as the one person allowed to make it. */
    private static final class AsOnePerson implements Scenario {

        interface FromDataset {
            String of(Target target);
        }

        private final String name;
        private final String description;
        private final FromDataset path;
        private final FromDataset user;
        private final QaScenarios.BodyCheck expected;

        AsOnePerson(String name, String description, FromDataset path, FromDataset user,
                    QaScenarios.BodyCheck expected) {
            this.name = name;
            this.description = description;
            this.path = path;
            this.user = user;
            this.expected = expected;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void check(Target target) throws IOException, InterruptedException {
            HttpResponse<String> response = target.send(target.get(path.of(target), user.of(target)).build());
            if (response.statusCode() != 200 || !expected.test(response.body())) {
                throw new IllegalStateException(name + ": " + path.of(target) + " as " + user.of(target) + " answered "
                        + response.statusCode() + " with other content than expected: "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
        }

        @Override
        public Visitor visitor(Target target, int worker) {
            HttpRequest request = target.get(path.of(target), user.of(target)).build();
            return new Visitor() {
                @Override
                public HttpRequest next() {
                    return request;
                }

                @Override
                public boolean accept(HttpResponse<String> response) {
                    return response.statusCode() == 200;
                }
            };
        }
    }
}

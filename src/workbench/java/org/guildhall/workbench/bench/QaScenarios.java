package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.guildhall.workbench.bench.PagedListScenario.encode;

/**
 * The Q&amp;A REST reads the issue sets speed bars for, as the bench people (who see thousands of communities) make
 * them: similar-question suggestions for real titles being typed, question pages with several answers, and the
 * question list of the busiest community in each sort order, first page and a deep page.
 */
final class QaScenarios {

    private static final String REST = "/rest/guildhall/1.0";
    private static final int LIST_PAGE = 20;
    /** The deep page of the list scenario: reached by following {@code nextCursor} this many times. */
    static final int DEEP_PAGE = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private QaScenarios() {
    }

    static Scenario similarQuestions() {
        return new RotatingRequests("similar-questions", "GET " + REST + "/questions/similar?title= real titles as "
                + "typed (most cut short), rotating", target -> Arrays.stream(target.dataset()
                .value(QaDataPart.QA_TYPED_TITLES).split("\n"))
                .map(title -> REST + "/questions/similar?title=" + encode(title)).toList(),
                json(json -> json.path("results").isArray()));
    }

    static Scenario questionPage() {
        return new RotatingRequests("question-page", "GET " + REST + "/questions/{id} of questions with "
                + QaDataPart.PAGE_MIN_ANSWERS + " or more answers (body, answers and comments rendered), rotating",
                target -> Arrays.stream(target.dataset().value(QaDataPart.QA_PAGES).split(","))
                        .map(id -> REST + "/questions/" + id).toList(),
                json(json -> json.path("answers").size() >= QaDataPart.PAGE_MIN_ANSWERS));
    }

    /** First pages and the {@value #DEEP_PAGE}th page of the busiest community's list, by newest, activity and score. */
    static Scenario questionList() {
        return new RotatingRequests("question-list", "GET " + REST + "/questions?community=&sort= (newest, activity, "
                + "score) of the busiest community: first page and page " + DEEP_PAGE + " by cursor, in turns",
                QaScenarios::listPages, json(json -> json.path("results").size() == LIST_PAGE));
    }

    /**
     * The busiest community's newest questions through the {@code guildhall-questions} macro on a page: Confluence
     * renders the page for each reader ({@code body.view}), so every view runs the macro for that reader.
     */
    static Scenario questionListMacro() {
        return new RotatingRequests("question-list-macro", "GET /rest/api/content/{id}?expand=body.view of a page with "
                + "the guildhall-questions macro of the busiest community (" + QaDataPart.LIST_MACRO_ROWS + " rows)",
                target -> List.of("/rest/api/content/" + target.dataset().page(QaDataPart.QA_LIST_PAGE)
                        + "?expand=body.view"),
                body -> body.split("data-question-id=", -1).length - 1 == QaDataPart.LIST_MACRO_ROWS);
    }

    /** Follows the cursors once, as the first user, to find each sort order's deep page. */
    private static List<String> listPages(Scenario.Target target) throws IOException, InterruptedException {
        String community = target.dataset().value(QaDataPart.QA_COMMUNITY);
        String user = target.dataset().usernames().get(0);
        List<String> paths = new ArrayList<>();
        for (String sort : List.of("newest", "activity", "score")) {
            String first = REST + "/questions?community=" + encode(community) + "&sort=" + sort + "&limit=" + LIST_PAGE;
            paths.add(first);
            String cursor = null;
            for (int page = 1; page < DEEP_PAGE; page++) {
                HttpResponse<String> response = target.send(target.get(cursor == null ? first
                        : first + "&cursor=" + encode(cursor), user).build());
                JsonNode next = JSON.readTree(response.body()).path("nextCursor");
                if (response.statusCode() != 200 || !next.isTextual()) {
                    throw new IllegalStateException("question-list: page " + page + " of " + first + " answered "
                            + response.statusCode() + " without a next cursor: " + response.body());
                }
                cursor = next.asText();
            }
            paths.add(first + "&cursor=" + encode(cursor));
        }
        return paths;
    }

    /** What a scenario requests, worked out once from the dataset (and the server) before the warm-up. */
    interface Paths {
        List<String> of(Scenario.Target target) throws IOException, InterruptedException;
    }

    /** What a scenario's response must contain during its check. */
    interface BodyCheck {
        boolean test(String body);
    }

    /** @return a check that parses the body as JSON and tests it */
    static BodyCheck json(Predicate<JsonNode> expected) {
        return body -> {
            try {
                return expected.test(JSON.readTree(body));
            } catch (IOException notJson) {
                return false;
            }
        };
    }

    /** Each worker sends the scenario's requests in turn, each time as the next person of the dataset. */
    static final class RotatingRequests implements Scenario {

        private final String name;
        private final String description;
        private final Paths paths;
        private final BodyCheck expected;
        private volatile List<String> resolved;

        /** @param expected what each response must contain during {@link #check} ({@link #json} for JSON answers) */
        RotatingRequests(String name, String description, Paths paths, BodyCheck expected) {
            this.name = name;
            this.description = description;
            this.paths = paths;
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
            resolved = List.copyOf(paths.of(target));
            String user = target.dataset().usernames().get(0);
            for (String path : resolved) {
                HttpResponse<String> response = target.send(target.get(path, user).build());
                if (response.statusCode() != 200 || !expected.test(response.body())) {
                    throw new IllegalStateException(name + ": " + path + " as " + user + " answered "
                            + response.statusCode() + " with other content than expected: "
                            + response.body().substring(0, Math.min(500, response.body().length()))
                            + "; is the dataset loaded?");
                }
            }
        }

        @Override
        public Visitor visitor(Target target, int worker) {
            return new Visitor() {
                private long visits;

                @Override
                public HttpRequest next() {
                    long visit = visits++;
                    String path = resolved.get((int) ((worker * 31L + visit) % resolved.size()));
                    return target.get(path, target.dataset().user(worker, visit)).build();
                }

                @Override
                public boolean accept(HttpResponse<String> response) {
                    return response.statusCode() == 200;
                }
            };
        }
    }
}

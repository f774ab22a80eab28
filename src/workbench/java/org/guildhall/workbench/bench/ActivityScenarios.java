package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The activity stream's scenarios: {@value ActivityDataPart#READER} (who sees about half of the communities) reads
 * one page of 20 of {@code GET /rest/guildhall/1.0/activity} over and over — the first page, the page 100 pages deep
 * (its cursor found once, before the run, by paging there), or the first page filtered by a kind of activity.
 */
final class ActivityScenarios {

    static final int PAGE_SIZE = 20;
    static final int DEEP_PAGE = 100;
    private static final String PATH = "/rest/guildhall/1.0/activity?limit=" + PAGE_SIZE;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivityScenarios() {
    }

    static Scenario first() {
        return new PageScenario("activity-first", "The newest " + PAGE_SIZE + " entries the reader may see", false,
                dataset -> PATH);
    }

    static Scenario deep() {
        return new PageScenario("activity-deep", "The page " + DEEP_PAGE + " pages deep (keyset cursor)", true,
                dataset -> PATH);
    }

    static Scenario filtered() {
        return new PageScenario("activity-filtered", "The newest " + PAGE_SIZE + " answers the reader may see", false,
                dataset -> PATH + "&kind=" + dataset.value(ActivityDataPart.FILTER_KIND));
    }

    /** Every visit asks for the same page as the same reader, so every request measures the same work. */
    private static final class PageScenario implements Scenario {

        private final String name;
        private final String description;
        private final boolean deep;
        private final java.util.function.Function<Dataset, String> path;
        private volatile String pagePath;

        PageScenario(String name, String description, boolean deep, java.util.function.Function<Dataset, String> path) {
            this.name = name;
            this.description = description;
            this.deep = deep;
            this.path = path;
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
            String current = path.apply(target.dataset());
            int pages = deep ? DEEP_PAGE - 1 : 0;
            for (int page = 0; page < pages; page++) {
                JsonNode body = read(target, current);
                String cursor = body.path("nextCursor").asText("");
                if (cursor.isEmpty() || cursor.equals("null")) {
                    throw new IllegalStateException(name + ": the stream ends after " + (page + 1) + " pages");
                }
                current = path.apply(target.dataset()) + "&cursor=" + cursor;
            }
            JsonNode body = read(target, current);
            if (body.path("entries").size() != PAGE_SIZE) {
                throw new IllegalStateException(name + ": the page has " + body.path("entries").size() + " entries");
            }
            pagePath = current;
        }

        private static JsonNode read(Target target, String path) throws IOException, InterruptedException {
            HttpResponse<String> response = target.send(target.get(path, ActivityDataPart.READER).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        }

        @Override
        public Visitor visitor(Target target, int worker) {
            HttpRequest request = target.get(pagePath, ActivityDataPart.READER).build();
            return new Visitor() {
                @Override
                public HttpRequest next() {
                    return request;
                }

                @Override
                public boolean accept(HttpResponse<String> response) {
                    if (response.statusCode() != 200) {
                        return false;
                    }
                    try {
                        return JSON.readTree(response.body()).path("entries").size() == PAGE_SIZE;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }
    }
}

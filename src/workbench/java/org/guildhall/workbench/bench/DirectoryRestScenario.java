package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * People browsing the community directory through the REST API, as its "Show more" button does: each visit opens the
 * first page and follows {@code nextCursor} a random number of times — half the visits stop after one page, a quarter
 * after two, and so on, up to {@value #DEEPEST_PAGE} pages. Visits cycle through every person of the dataset, so
 * restricted spaces are filtered differently from one request to the next.
 */
final class DirectoryRestScenario implements Scenario {

    private static final int PAGE_SIZE = 25;
    private static final String PATH = "/rest/guildhall/1.0/communities?limit=" + PAGE_SIZE;
    private static final int DEEPEST_PAGE = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "directory-rest";
    }

    @Override
    public String description() {
        return "GET /rest/guildhall/1.0/communities?limit=" + PAGE_SIZE + " as a rotating set of people; each visit "
                + "reads 1 to " + DEEPEST_PAGE + " pages by following nextCursor (half stop after the first page)";
    }

    @Override
    public void check(Target target) throws IOException, InterruptedException {
        String user = target.dataset().usernames().get(0);
        HttpResponse<String> response = target.send(target.get(PATH, user).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name() + ": " + PATH + " as " + user + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        JsonNode page = JSON.readTree(response.body());
        if (page.path("results").size() != PAGE_SIZE || page.path("nextCursor").isNull()) {
            throw new IllegalStateException(name() + ": the first page shows " + page.path("results").size()
                    + " communities to " + user + ", not " + PAGE_SIZE + " and a next page; is the dataset loaded?");
        }
    }

    @Override
    public Visitor visitor(Target target, int worker) {
        return new Browsing(target, worker);
    }

    /** One worker's visits, one after another. */
    private static final class Browsing implements Visitor {

        private final Target target;
        private final int worker;
        private final Random random;
        private long visits;
        private String user;
        private int pagesWanted;
        private int pagesRead;
        private String cursor;

        Browsing(Target target, int worker) {
            this.target = target;
            this.worker = worker;
            this.random = new Random(worker);
            startVisit();
        }

        @Override
        public HttpRequest next() {
            String path = cursor == null ? PATH : PATH + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            return target.get(path, user).build();
        }

        @Override
        public boolean accept(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                startVisit();
                return false;
            }
            pagesRead++;
            JsonNode nextCursor;
            try {
                nextCursor = JSON.readTree(response.body()).path("nextCursor");
            } catch (IOException e) {
                startVisit();
                return false;
            }
            if (pagesRead < pagesWanted && nextCursor.isTextual()) {
                cursor = nextCursor.asText();
            } else {
                startVisit();
            }
            return true;
        }

        private void startVisit() {
            user = target.dataset().user(worker, visits++);
            pagesWanted = 1;
            while (pagesWanted < DEEPEST_PAGE && random.nextBoolean()) {
                pagesWanted++;
            }
            pagesRead = 0;
            cursor = null;
        }
    }
}

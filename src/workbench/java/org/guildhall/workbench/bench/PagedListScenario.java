package org.guildhall.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * People reading a paged REST list of the app ({@code results} and {@code nextCursor}) as its "Show more" button
 * does: each visit opens the first page of one of the scenario's lists (visits take turns) and follows
 * {@code nextCursor} a random number of times — half the visits stop after one page, a quarter after two, and so on,
 * up to the scenario's deepest page. Visits cycle through every person of the dataset.
 */
final class PagedListScenario implements Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One list the scenario reads.
     *
     * @param path                 below the context path, with its query string
     * @param smallestFirstPage    how many results the first page shows at least when the dataset is loaded
     */
    record ListRequest(String path, int smallestFirstPage) {
    }

    private final String name;
    private final String description;
    private final Function<Dataset, List<ListRequest>> lists;
    private final int deepestPage;

    /**
     * @param lists       the lists to read, from the dataset's {@linkplain Dataset#value values}
     * @param deepestPage the most pages one visit reads
     */
    PagedListScenario(String name, String description, Function<Dataset, List<ListRequest>> lists, int deepestPage) {
        this.name = name;
        this.description = description;
        this.lists = lists;
        this.deepestPage = deepestPage;
    }

    /** @return {@code text} encoded for a query parameter */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description + "; each visit reads 1 to " + deepestPage + " pages by following nextCursor (half stop "
                + "after the first page)";
    }

    @Override
    public void check(Target target) throws IOException, InterruptedException {
        String user = target.dataset().usernames().get(0);
        for (ListRequest list : lists.apply(target.dataset())) {
            HttpResponse<String> response = target.send(target.get(list.path(), user).build());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + ": " + list.path() + " as " + user + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            int results = JSON.readTree(response.body()).path("results").size();
            if (results < list.smallestFirstPage()) {
                throw new IllegalStateException(name + ": the first page of " + list.path() + " shows " + results
                        + " results to " + user + ", not at least " + list.smallestFirstPage()
                        + "; is the dataset loaded?");
            }
        }
    }

    @Override
    public Visitor visitor(Target target, int worker) {
        return new Browsing(target, worker, lists.apply(target.dataset()));
    }

    /** One worker's visits, one after another. */
    private final class Browsing implements Visitor {

        private final Target target;
        private final int worker;
        private final List<ListRequest> lists;
        private final Random random;
        private long visits;
        private String user;
        private String path;
        private int pagesWanted;
        private int pagesRead;
        private String cursor;

        Browsing(Target target, int worker, List<ListRequest> lists) {
            this.target = target;
            this.worker = worker;
            this.lists = lists;
            this.random = new Random(worker);
            startVisit();
        }

        @Override
        public HttpRequest next() {
            String page = cursor == null ? path : path + "&cursor=" + encode(cursor);
            return target.get(page, user).build();
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
            path = lists.get((int) ((worker + visits) % lists.size())).path();
            user = target.dataset().user(worker, visits++);
            pagesWanted = 1;
            while (pagesWanted < deepestPage && random.nextBoolean()) {
                pagesWanted++;
            }
            pagesRead = 0;
            cursor = null;
        }
    }
}

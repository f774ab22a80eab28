package org.guildhall.workbench.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One thing users do, as a stream of HTTP requests. Each feature adds its own scenarios to {@link Scenarios}.
 */
public interface Scenario {

    /** @return the name to select it with ({@code -Dbench.scenarios=name,…}) */
    String name();

    /** @return what it does, for the report */
    String description();

    /**
     * Runs once, before the warm-up: proves that the workbench serves the data the scenario means to measure, so that
     * a broken dataset fails the run instead of producing fast numbers for empty pages.
     *
     * @throws IllegalStateException when it does not
     */
    void check(Target target) throws IOException, InterruptedException;

    /** @return a new simulated person; each worker thread has its own, so it need not be thread-safe */
    Visitor visitor(Target target, int worker);

    /** One person working through the scenario: asks for a request, then sees its response. */
    interface Visitor {

        /** @return the next request; must be cheap to build */
        HttpRequest next();

        /**
         * Sees the response to the last request (and may remember links in it, as a browser would).
         *
         * @return true when it is what the person asked for
         */
        boolean accept(HttpResponse<String> response);
    }

    /** Where the scenarios send requests, and the dataset they may rely on. */
    record Target(String baseUrl, HttpClient client, Dataset dataset) {

        /** @return a GET of {@code path} (below the context path) as {@code user}, whose password is the username */
        public HttpRequest.Builder get(String path, String user) {
            return HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json, text/html")
                    .GET();
        }

        public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}

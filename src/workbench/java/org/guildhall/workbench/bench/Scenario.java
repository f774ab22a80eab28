package org.guildhall.workbench.bench;

import java.net.URI;
import java.net.http.HttpRequest;
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

    /** @return the {@code n}th request of a worker; must be cheap to build */
    HttpRequest request(Target target, long n);

    /** Where the scenario sends requests and as whom. */
    record Target(String baseUrl, int scale) {

        public HttpRequest.Builder get(String path, String user) {
            return HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json, text/html")
                    .GET();
        }
    }
}

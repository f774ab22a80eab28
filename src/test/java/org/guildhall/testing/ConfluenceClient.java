package org.guildhall.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Talks to a Confluence — here the workbench — over HTTP as a given user (HTTP Basic, password = user name), the way
 * tests would talk to a real Confluence: Confluence's own REST paths and JSON shapes, and the app's REST API.
 */
public final class ConfluenceClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ConfluenceClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An HTTP response with its body, parsed as JSON on demand. */
    public record Response(int status, String body, String contentType) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }
    }

    public Response get(String user, String path) {
        return send(request(user, path).GET());
    }

    /** GET asking for HTML, as a browser would. */
    public Response getHtml(String user, String path) {
        return send(request(user, path).setHeader("Accept", "text/html").GET());
    }

    public Response putJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postJson(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String user, String path, String contentType, String body) {
        return send(request(user, path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response delete(String user, String path) {
        return send(request(user, path).DELETE());
    }

    /** Creates a space through Confluence's REST API; the user becomes its administrator. */
    public void createSpace(String user, String key, String name) {
        Response response = postJson(user, "/rest/api/space", toJson(Map.of("key", key, "name", name)));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot create space " + key + ": " + response);
        }
    }

    /** Creates a page in storage format through Confluence's REST API and returns its id. */
    public String createPage(String user, String spaceKey, String title, String storageFormat) {
        String body = toJson(Map.of("type", "page", "title", title, "space", Map.of("key", spaceKey),
                "body", Map.of("storage", Map.of("value", storageFormat, "representation", "storage"))));
        Response response = postJson(user, "/rest/api/content", body);
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot create page " + title + ": " + response);
        }
        return response.json().get("id").asText();
    }

    /** @return the page as the user sees it: storage format rendered, macros executed */
    public String renderedView(String user, String pageId) {
        Response response = get(user, "/rest/api/content/" + pageId + "?expand=body.view");
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot render page " + pageId + ": " + response);
        }
        return response.json().at("/body/view/value").asText();
    }

    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).setHeader("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.guildhall.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Talks to a Confluence — here the workbench — over real HTTP the way tests would talk to a real Confluence:
 * Confluence's own REST paths and JSON shapes, the app's REST API, the pages and the login form.
 * <p>
 * Every request names its user first. A user is sent with HTTP Basic, password = user name (demo users' passwords
 * are their user names) unless one is given; {@code null} means anonymous. After {@link #logIn} the client keeps the
 * session cookie, which {@link #getWithSession} uses. Redirects are never followed — a test sees the 302 and its
 * {@code Location}. Connecting times out after 5 s, a request after 30 s.
 * <p>
 * {@link #get}, {@link #postJson}, {@link #putJson}, {@link #put} and {@link #delete} are REST calls and ask for JSON;
 * {@link #getHtml} asks for HTML; {@link #getWithoutAccept}, {@link #getWithPassword}, {@link #send},
 * {@link #logIn} and {@link #getWithSession} send no {@code Accept} header, leaving the representation to the server.
 */
public final class ConfluenceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();
    private final String baseUrl;

    public ConfluenceClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** An HTTP response with its body, parsed as JSON on demand, and its headers. */
    public record Response(int status, String body, String contentType, HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        /** @return the first value of the response header, e.g. {@code Location}; names are case-insensitive */
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    public Response get(String user, String path) {
        return send(request(user, path).setHeader("Accept", "application/json").GET());
    }

    /** GET asking for HTML, as a browser would. */
    public Response getHtml(String user, String path) {
        return send(request(user, path).setHeader("Accept", "text/html").GET());
    }

    /** GET without an {@code Accept} header: whatever the server answers a client that states no preference. */
    public Response getWithoutAccept(String user, String path) {
        return send(request(user, path).GET());
    }

    /** GET with HTTP Basic and the given password, e.g. a wrong one (no {@code Accept} header). */
    public Response getWithPassword(String user, String password, String path) {
        return send(request(path).header("Authorization", basic(user, password)).GET());
    }

    public Response putJson(String user, String path, String json) {
        return send(request(user, path).setHeader("Accept", "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response postJson(String user, String path, String json) {
        return send(request(user, path).setHeader("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public Response put(String user, String path, String contentType, String body) {
        return send(request(user, path).setHeader("Accept", "application/json")
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response delete(String user, String path) {
        return send(request(user, path).setHeader("Accept", "application/json").DELETE());
    }

    /**
     * Any request, with exactly the headers given (and no {@code Accept} header unless among them).
     *
     * @param contentType the body's type, or {@code null} for no {@code Content-Type} header
     * @param body        the body, or {@code null} for none
     * @param headers     more request headers: name, value, name, value …
     */
    public Response send(String method, String user, String path, String contentType, String body,
                         String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("Headers come in name, value pairs: " + String.join(", ", headers));
        }
        HttpRequest.Builder request = request(user, path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Posts Confluence's login form ({@code os_username}, {@code os_password}, {@code os_destination}); a session
     * it starts stays with this client for {@link #getWithSession}.
     */
    public Response logIn(String user, String password, String destination) {
        String form = "os_username=" + encode(user) + "&os_password=" + encode(password)
                + "&os_destination=" + encode(destination);
        return send(request("/login.action").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    /** GET with this client's session cookie only: no HTTP Basic, no {@code Accept} header. */
    public Response getWithSession(String path) {
        return send(request(path).GET());
    }

    /** Creates a space through Confluence's REST API; the user becomes its administrator. */
    public void createSpace(String user, String key, String name) {
        Response response = postJson(user, "/rest/api/space", toJson(Map.of("key", key, "name", name)));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot create space " + key + ": " + response);
        }
    }

    /** Lets a group read a space, through Confluence's space-permission REST API (the caller must administer it). */
    public void grantGroupRead(String user, String spaceKey, String group) {
        Response response = postJson(user, "/rest/api/space/" + spaceKey + "/permission", toJson(Map.of(
                "subject", Map.of("type", "group", "identifier", group),
                "operation", Map.of("key", "read", "target", "space"))));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot let " + group + " read " + spaceKey + ": " + response);
        }
    }

    /** Creates a page in storage format through Confluence's REST API and returns its id. */
    public String createPage(String user, String spaceKey, String title, String storageFormat) {
        return createPage(user, spaceKey, title, storageFormat, List.of());
    }

    /** Creates a page with these labels ({@code metadata.labels}, as Confluence's REST API takes them). */
    public String createPage(String user, String spaceKey, String title, String storageFormat, List<String> labels) {
        String body = toJson(Map.of("type", "page", "title", title, "space", Map.of("key", spaceKey),
                "body", Map.of("storage", Map.of("value", storageFormat, "representation", "storage")),
                "metadata", Map.of("labels", labels.stream().map(label -> Map.of("name", label)).toList())));
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

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder builder = request(path);
        return user == null ? builder : builder.header("Authorization", basic(user, user));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Response send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            return toResponse(sendOnce(built));
        } catch (IOException e) {
            if (!isStaleConnection(e)) {
                throw new UncheckedIOException(e);
            }
            // The server closed a kept-alive connection (for instance after refusing a request without reading its
            // body) just as this request went out on it: nothing was read, so it is sent once more on a new one.
            try {
                return toResponse(sendOnce(built));
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }

    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response toResponse(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""), response.headers());
    }

    /** The JDK client's words for a connection that answered with nothing at all before it closed. */
    private static boolean isStaleConnection(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("header parser received no bytes");
    }
}

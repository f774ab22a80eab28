package org.guildhall.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Talks to a running workbench over real HTTP, as a demo user (HTTP Basic) or with a session cookie. */
final class WorkbenchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http;

    WorkbenchClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    /** Demo users' passwords are their usernames. */
    HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(user, password)).GET());
    }

    /** @param headers more request headers: name, value, name, value … */
    HttpResponse<String> send(String method, String path, String user, String contentType, String body,
                              String... headers) {
        HttpRequest.Builder request = request(path, user)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> postJson(String path, String user, String json) {
        return send("POST", path, user, "application/json", json);
    }

    HttpResponse<String> putJson(String path, String user, String json) {
        return send("PUT", path, user, "application/json", json);
    }

    /** Sends the login form; the session cookie stays with this client. */
    HttpResponse<String> logIn(String user, String password, String destination) {
        String form = "os_username=" + user + "&os_password=" + password + "&os_destination=" + destination;
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login.action"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A GET with this client's session (no Basic header). */
    HttpResponse<String> getWithSession(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        return user == null ? request : request.header("Authorization", basic(user, user));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package org.frontdoor.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.security.TestTokens;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's HTTP API as one caller sees it: raw bodies in, status, headers and JSON out. A new
 * client calls as front-door staff; {@link #as(String)} calls as someone else.
 */
public final class IntakeClient {

    public static final String CONTACTS = "/api/v1/contacts";
    public static final String NOTIFICATIONS = "/api/v1/partner-notifications";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;

    public IntakeClient(int port) {
        this(URI.create("http://localhost:" + port), TestTokens.frontDoor());
    }

    private IntakeClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same API called with this bearer token, or with none when it is null. */
    public IntakeClient as(String bearerToken) {
        return new IntakeClient(base, bearerToken);
    }

    public Reply post(Map<String, Object> contact) {
        return post(ContactJson.json(contact), null);
    }

    public Reply post(Map<String, Object> contact, String idempotencyKey) {
        return post(ContactJson.json(contact), idempotencyKey);
    }

    public Reply post(String body, String idempotencyKey) {
        HttpRequest.Builder request = request(CONTACTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    public Reply postNotification(Map<String, Object> notification) {
        return postNotification(ContactJson.json(notification));
    }

    public Reply postNotification(String body) {
        return send(request(NOTIFICATIONS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Posts without declaring the length (chunked), as a streaming client would. */
    public Reply postStreamed(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return send(request(CONTACTS)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build());
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** Any request at all: the method, the content type (none when null) and the body's raw bytes. */
    public Reply send(String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}

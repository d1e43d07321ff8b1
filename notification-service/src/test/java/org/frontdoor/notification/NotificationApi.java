package org.frontdoor.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as one caller sees it, over a real connection, with that caller's bearer token. */
final class NotificationApi {

    record Response(int status, String contentType, String body, HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final String token;

    /** @param token the caller's bearer token; null for a caller without one */
    NotificationApi(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The same API as another caller. */
    NotificationApi as(String otherToken) {
        return new NotificationApi(port, otherToken);
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST carrying an {@code Idempotency-Key}. */
    Response post(String path, String json, String idempotencyKey) {
        return send(request(path).header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Opens a server-sent-event stream only to learn whether it was granted, then hangs up. */
    int streamStatus(String path) {
        try {
            HttpResponse<InputStream> response = HTTP.send(request(path).header("Accept", "text/event-stream").GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes and returns the new subscription's id. */
    String subscribe(String json) {
        Response response = post("/api/v1/subscriptions", json);
        if (response.status() != 201) {
            throw new IllegalStateException("Subscription refused: " + response);
        }
        return response.json().get("subscriptionId").asString();
    }

    String webhookSubscription(String team, String url, String secret) {
        return subscribe("""
                {"teams": ["%s"], "channel": {"type": "WEBHOOK", "url": "%s", "secret": "%s"}}""".formatted(team, url, secret));
    }

    String emailSubscription(String team, String address) {
        return subscribe("""
                {"teams": ["%s"], "channel": {"type": "EMAIL", "address": "%s"}}""".formatted(team, address));
    }

    /** The delivery log's entry for the only delivery of a subscription, if there is one yet. */
    JsonNode onlyDelivery(String subscriptionId) {
        JsonNode deliveries = get("/api/v1/deliveries?subscriptionId=" + subscriptionId).json();
        return deliveries.size() == 1 ? deliveries.get(0) : null;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

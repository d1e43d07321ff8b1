package org.frontdoor.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service's HTTP API as a client sees it, over a real connection. */
final class NotificationApi {

    record Response(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    NotificationApi(int port) {
        this.base = "http://localhost:" + port;
    }

    Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
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

    /** The delivery log's entry for the only delivery of a subscription, if there is one yet. */
    JsonNode onlyDelivery(String subscriptionId) {
        JsonNode deliveries = get("/api/v1/deliveries?subscriptionId=" + subscriptionId).json();
        return deliveries.size() == 1 ? deliveries.get(0) : null;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

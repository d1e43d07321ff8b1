package org.frontdoor.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Asks a service's actuator whether it is UP: its web server, Kafka and whatever else it checks. */
final class HealthProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    boolean isUp(URI service) {
        HttpRequest request = HttpRequest.newBuilder(service.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && "UP".equals(JsonMapper.shared().readTree(response.body()).path("status").asString(""));
        }
        catch (IOException | JacksonException e) {
            // Not listening yet, or not answering sensibly yet: not up.
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

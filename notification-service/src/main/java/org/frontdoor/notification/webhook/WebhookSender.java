package org.frontdoor.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import org.frontdoor.notification.alert.Alert;
import org.frontdoor.notification.delivery.ChannelSender;
import org.frontdoor.notification.delivery.DeliveryAttemptFailed;
import org.frontdoor.notification.subscription.WebhookChannel;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs the alert as JSON, signed over the exact bytes sent. Any 2xx is a delivery. The URL is
 * checked again first (see {@link WebhookDestinations}): a refused destination gets nothing.
 * The request carries the delivery's trace as a W3C traceparent (decision 0011), so a receiver
 * that traces can join the alert's trace back to the contact it is about.
 */
@Component
class WebhookSender implements ChannelSender<WebhookChannel> {

    static final String ALERT_ID_HEADER = "X-Frontdoor-Alert-Id";

    private final HttpClient http;
    private final JsonMapper json;
    private final WebhookProperties properties;
    private final WebhookDestinations destinations;
    private final Tracer tracer;
    private final Propagator propagator;

    WebhookSender(JsonMapper json, WebhookProperties properties, WebhookDestinations destinations, Tracer tracer,
                  Propagator propagator) {
        this.json = json;
        this.properties = properties;
        this.destinations = destinations;
        this.tracer = tracer;
        this.propagator = propagator;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // A redirect would send the signed alert somewhere the manager did not register.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Class<WebhookChannel> channelType() {
        return WebhookChannel.class;
    }

    @Override
    public void send(WebhookChannel channel, Alert alert) throws DeliveryAttemptFailed {
        destinations.checkBeforeDelivery(channel.url());
        byte[] body = json.writeValueAsBytes(alert);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(channel.url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(ALERT_ID_HEADER, alert.alertId())
                .header(Signature.HEADER, Signature.of(body, channel.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Span delivery = tracer.currentSpan();
        if (delivery != null) {
            propagator.inject(delivery.context(), request, HttpRequest.Builder::header);
        }
        int status;
        try {
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            throw new DeliveryAttemptFailed("timed out");
        } catch (IOException e) {
            throw new DeliveryAttemptFailed("connection failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryAttemptFailed("interrupted");
        }
        if (status < 200 || status > 299) {
            throw new DeliveryAttemptFailed("HTTP " + status);
        }
    }
}

package org.frontdoor.notification.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * POSTs the alert as JSON, signed over the exact bytes sent and the time of sending (see
 * {@link Signature}). Any 2xx is a delivery, once the whole answer has arrived within the request
 * timeout. The URL is checked again first (see {@link WebhookDestinations}): a refused destination
 * gets nothing.
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
        // Real time, not the service's clock: receivers compare it with their own clocks, and the
        // local stack moves the service's clock days ahead.
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(channel.url()))
                .timeout(properties.requestTimeout())
                .header("Content-Type", "application/json")
                .header(ALERT_ID_HEADER, alert.alertId())
                .header(Signature.HEADER, Signature.of(body, channel.secret()))
                .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(Signature.V2_HEADER, Signature.v2(timestamp, body, channel.secret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        Span delivery = tracer.currentSpan();
        if (delivery != null) {
            propagator.inject(delivery.context(), request, HttpRequest.Builder::header);
        }
        int status = answer(request.build());
        if (status < 200 || status > 299) {
            throw new DeliveryAttemptFailed("HTTP " + status);
        }
    }

    /**
     * The status, once the whole answer has arrived. The client's own timeout stops at the response
     * headers; this deadline covers the body too, so a receiver that trickles its body gets no more
     * time than one that never answers. Cancelling the exchange closes its connection.
     */
    private int answer(HttpRequest request) throws DeliveryAttemptFailed {
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            return exchange.get(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new DeliveryAttemptFailed("timed out");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                throw new DeliveryAttemptFailed("timed out");
            }
            throw new DeliveryAttemptFailed("connection failed (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new DeliveryAttemptFailed("interrupted");
        }
    }
}

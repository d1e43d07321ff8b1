package org.frontdoor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Deliveries by channel and outcome, and how long an alert took from being raised to being delivered. */
@Component
class DeliveryMetrics {

    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryMetrics(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    void delivered(String channel, Instant raisedAt) {
        count(channel, "delivered");
        Duration latency = Duration.between(raisedAt, clock.instant());
        if (!latency.isNegative()) {
            Timer.builder("frontdoor.notifications.delivery.latency")
                    .description("Time from an alert being raised to its delivery, by channel")
                    .tag("channel", channel).register(meters).record(latency);
        }
    }

    void retrying(String channel) {
        count(channel, "retrying");
    }

    void failed(String channel) {
        count(channel, "failed");
    }

    void skipped(String channel) {
        count(channel, "already-delivered");
    }

    private void count(String channel, String outcome) {
        Counter.builder("frontdoor.notifications.deliveries")
                .description("Delivery attempts by channel and outcome: delivered, retrying (to be tried again), "
                        + "failed (no attempt left) or already-delivered (a repeated attempt skipped)")
                .tags("channel", channel, "outcome", outcome).register(meters).increment();
    }
}

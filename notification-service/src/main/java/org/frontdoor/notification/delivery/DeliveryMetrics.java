package org.frontdoor.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

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
            meters.timer("frontdoor.notifications.delivery.latency", "channel", channel).record(latency);
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
        meters.counter("frontdoor.notifications.deliveries", "channel", channel, "outcome", outcome).increment();
    }
}

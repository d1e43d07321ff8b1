package org.frontdoor.notification.subscription;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.frontdoor.notification.alert.AlertFilter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class SubscriptionWritesTest {

    @Test
    void aRequestWaitsNoLongerThanTheConfiguredBoundForAKafkaThatDoesNotAnswer() {
        KafkaProperties kafka = new KafkaProperties();
        // Nothing listens there: the producer never gets the metadata it waits for.
        kafka.setBootstrapServers(List.of("127.0.0.1:9"));
        SubscriptionWrites writes = new SubscriptionWrites(kafka, new SubscriptionProperties(20, Duration.ofSeconds(1)),
                new SimpleMeterRegistry());
        Subscription subscription = new Subscription("s-1", new AlertFilter(null, null, null), new EmailChannel("m@example.org"),
                Instant.now(), "manager");

        try {
            // Generous beside the 1 s bound, and far below the producer's own default of 60 s.
            assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThatThrownBy(() -> writes.create(subscription)).isInstanceOf(SubscriptionWrites.NotStored.class));
        } finally {
            writes.destroy();
        }
    }
}

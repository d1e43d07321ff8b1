package org.frontdoor.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Every delivery's latest outcome: written to a compacted topic keyed by deliveryId and read
 * from the global store Kafka Streams builds from it, which survives restarts.
 */
@Component
class DeliveryLog {

    private static final Duration KAFKA_ACK = Duration.ofSeconds(30);
    /** A delivery waits this long at start-up for the log to be caught up, rather than act on a stale one. */
    private static final Duration STORE_PATIENCE = Duration.ofMinutes(2);
    private static final Duration QUERY_PATIENCE = Duration.ofSeconds(10);

    private final KafkaTemplate<String, Object> kafka;
    private final StreamsState state;

    DeliveryLog(KafkaTemplate<String, Object> kafka, StreamsState state) {
        this.kafka = kafka;
        this.state = state;
    }

    Optional<DeliveryStatus> find(String deliveryId) {
        return state.read(NotificationTopics.DELIVERY_LOG_STORE, STORE_PATIENCE,
                (ReadOnlyKeyValueStore<String, DeliveryStatus> store) -> Optional.ofNullable(store.get(deliveryId)));
    }

    List<DeliveryStatus> forSubscription(String subscriptionId) {
        return state.read(NotificationTopics.DELIVERY_LOG_STORE, QUERY_PATIENCE, (ReadOnlyKeyValueStore<String, DeliveryStatus> store) -> {
            List<DeliveryStatus> found = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining(entry -> {
                    if (entry.value.subscriptionId().equals(subscriptionId)) {
                        found.add(entry.value);
                    }
                });
            }
            found.sort(Comparator.comparing(DeliveryStatus::firstAttemptAt).thenComparing(DeliveryStatus::deliveryId));
            return found;
        });
    }

    /** Waits for Kafka's acknowledgement: the outcome is durable before the delivery moves on. */
    void record(DeliveryStatus status) {
        try {
            kafka.send(NotificationTopics.DELIVERY_LOG, status.deliveryId(), status).get(KAFKA_ACK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recording delivery " + status.deliveryId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge the outcome of delivery " + status.deliveryId(), e);
        }
    }
}

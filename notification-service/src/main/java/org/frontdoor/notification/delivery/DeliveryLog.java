package org.frontdoor.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Every delivery's latest outcome: written to a compacted topic keyed by deliveryId and read
 * from the global store Kafka Streams builds from it, which survives restarts.
 */
@Component
class DeliveryLog {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);
    private static final Duration KAFKA_ACK = Duration.ofSeconds(30);
    private static final Duration AFTER_REFUSAL = Duration.ofSeconds(1);
    private static final Duration QUERY_PATIENCE = Duration.ofSeconds(10);

    private final KafkaTemplate<String, Object> kafka;
    private final StreamsState state;

    DeliveryLog(KafkaTemplate<String, Object> kafka, StreamsState state) {
        this.kafka = kafka;
        this.state = state;
    }

    /** Waits for the store however long it takes: a delivery must not act on a log that is not caught up. */
    Optional<DeliveryStatus> find(String deliveryId) {
        return state.readWhenReady(NotificationTopics.DELIVERY_LOG_STORE,
                (ReadOnlyKeyValueStore<String, DeliveryStatus> store) -> Optional.ofNullable(store.get(deliveryId)));
    }

    /**
     * A page of a subscription's deliveries, newest first, starting after {@code after} (an index
     * key; empty for the first page). Reads only the page, however many deliveries there are.
     */
    DeliveryPage forSubscription(String subscriptionId, Optional<String> after, int limit) {
        return state.read(NotificationTopics.DELIVERY_LOG_STORE, QUERY_PATIENCE, (ReadOnlyKeyValueStore<String, DeliveryStatus> store) -> {
            List<DeliveryStatus> page = new ArrayList<>();
            boolean more = false;
            try (var entries = store.range(after.orElse(SubscriptionIndex.first(subscriptionId)), SubscriptionIndex.last(subscriptionId))) {
                while (entries.hasNext() && !more) {
                    var entry = entries.next();
                    if (after.map(entry.key::equals).orElse(false)) {
                        continue;
                    }
                    if (page.size() == limit) {
                        more = true;
                    } else {
                        page.add(entry.value);
                    }
                }
            }
            return new DeliveryPage(page, more ? Optional.of(SubscriptionIndex.cursor(page.get(page.size() - 1))) : Optional.empty());
        });
    }

    /**
     * Returns once Kafka has acknowledged the outcome, asking again for as long as it refuses: the
     * attempt has happened, and making it again because its record was lost would be worse.
     *
     * @throws CancellationException when the thread is interrupted first (the service is stopping)
     */
    void record(DeliveryStatus status) {
        while (true) {
            try {
                kafka.send(NotificationTopics.DELIVERY_LOG, status.deliveryId(), status).get(KAFKA_ACK.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Stopped before delivery " + status.deliveryId() + " was recorded");
            } catch (ExecutionException | TimeoutException | RuntimeException refused) {
                log.warn("Kafka did not acknowledge the outcome of delivery {} ({}); asking again", status.deliveryId(),
                        refused.getClass().getSimpleName());
                pause(status);
            }
        }
    }

    private static void pause(DeliveryStatus status) {
        try {
            Thread.sleep(AFTER_REFUSAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped before delivery " + status.deliveryId() + " was recorded");
        }
    }
}

package org.frontdoor.notification.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Subscriptions live in a compacted topic (the record of truth) and are read from the global
 * store Kafka Streams materialises from it, so every instance sees all of them and a restart
 * rebuilds them from the topic.
 */
@Component
public class Subscriptions {

    private static final Duration KAFKA_ACK = Duration.ofSeconds(10);
    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(10);

    private final KafkaTemplate<String, Object> kafka;
    private final StreamsState state;
    private final Clock clock;

    Subscriptions(KafkaTemplate<String, Object> kafka, StreamsState state, Clock clock) {
        this.kafka = kafka;
        this.state = state;
        this.clock = clock;
    }

    /** Creates a subscription owned by {@code owner}, the subject of the manager asking for it. */
    Subscription create(SubscriptionRequest request, String owner) {
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), request.filter(), request.channel(),
                clock.instant(), owner);
        write(subscription.subscriptionId(), subscription);
        awaitStore(subscription.subscriptionId(), Optional::isPresent);
        return subscription;
    }

    /** @return whether {@code owner} had such a subscription (another manager's does not count) */
    boolean delete(String subscriptionId, String owner) {
        if (findOwned(subscriptionId, owner).isEmpty()) {
            return false;
        }
        write(subscriptionId, null);
        awaitStore(subscriptionId, Optional::isEmpty);
        return true;
    }

    List<Subscription> ownedBy(String owner) {
        return state.<String, Subscription, List<Subscription>>read(NotificationTopics.SUBSCRIPTION_STORE, STORE_PATIENCE, store -> {
            List<Subscription> found = new ArrayList<>();
            try (var all = store.all()) {
                all.forEachRemaining(entry -> {
                    if (entry.value.ownedBy(owner)) {
                        found.add(entry.value);
                    }
                });
            }
            found.sort(Comparator.comparing(Subscription::createdAt).thenComparing(Subscription::subscriptionId));
            return found;
        });
    }

    /** The subscription if {@code owner} created it; another manager's is as absent as an unknown one. */
    public Optional<Subscription> findOwned(String subscriptionId, String owner) {
        return find(subscriptionId).filter(subscription -> subscription.ownedBy(owner));
    }

    public Optional<Subscription> find(String subscriptionId) {
        return state.read(NotificationTopics.SUBSCRIPTION_STORE, STORE_PATIENCE,
                (ReadOnlyKeyValueStore<String, Subscription> store) -> Optional.ofNullable(store.get(subscriptionId)));
    }

    /** Waits for the store however long it takes: a delivery must not be dropped because the store is not caught up. */
    public Optional<Subscription> findForDelivery(String subscriptionId) {
        return state.readWhenReady(NotificationTopics.SUBSCRIPTION_STORE,
                (ReadOnlyKeyValueStore<String, Subscription> store) -> Optional.ofNullable(store.get(subscriptionId)));
    }

    private void write(String subscriptionId, Subscription subscriptionOrTombstone) {
        try {
            kafka.send(NotificationTopics.SUBSCRIPTIONS, subscriptionId, subscriptionOrTombstone)
                    .get(KAFKA_ACK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubscriptionNotStoredException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new SubscriptionNotStoredException(e);
        }
    }

    /**
     * The store follows the topic a moment later. Waiting briefly here means a manager who
     * lists subscriptions straight after a change sees it; if the store is slower, the change
     * is still durable and appears shortly.
     */
    private void awaitStore(String subscriptionId, Predicate<Optional<Subscription>> done) {
        long deadline = System.nanoTime() + READ_YOUR_WRITE.toNanos();
        try {
            while (!done.test(find(subscriptionId)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } catch (StreamsState.StoreUnavailableException | InterruptedException e) {
            // Best effort only: the change is already durable in Kafka and the store will catch up.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kafka did not acknowledge the change in time: nothing is promised to the caller (503). */
    static final class SubscriptionNotStoredException extends ErrorResponseException {
        SubscriptionNotStoredException(Throwable cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "The change could not be confirmed; try again shortly"), cause);
        }
    }
}

package org.frontdoor.notification.subscription;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.stereotype.Component;

/**
 * Subscriptions live in a compacted topic (the record of truth) and are read from the global
 * store Kafka Streams materialises from it, so every instance sees all of them and a restart
 * rebuilds them from the topic. The Idempotency-Keys they were created with live the same way,
 * on a topic of their own.
 */
@Component
public class Subscriptions {

    private static final Duration READ_YOUR_WRITE = Duration.ofSeconds(5);
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(10);
    /** Requests remembered here besides the store, for the moment before the store shows them. */
    private static final int RECENT_REQUESTS = 1000;

    private final SubscriptionWrites writes;
    private final StreamsState state;
    private final OwnerLocks locks;
    private final SubscriptionProperties properties;
    private final Clock clock;
    private final Map<String, SubscriptionRequestRecord> recentRequests = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SubscriptionRequestRecord> eldest) {
            return size() > RECENT_REQUESTS;
        }
    };

    Subscriptions(SubscriptionWrites writes, StreamsState state, OwnerLocks locks, SubscriptionProperties properties, Clock clock) {
        this.writes = writes;
        this.state = state;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates a subscription owned by {@code owner}, the subject of the manager asking for it. A
     * request with an Idempotency-Key the manager used before is a retry: it creates nothing and
     * gets the first one's subscription.
     *
     * @return the subscription's id
     * @throws SubscriptionConflict when the key was used for another request, or the manager holds the most allowed
     */
    String create(SubscriptionRequest request, String owner, Optional<IdempotencyKey> key) {
        Optional<String> requestKey = key.map(idempotencyKey -> idempotencyKey.recordKey(owner));
        String fingerprint = RequestFingerprint.of(request);
        return locks.withLock(owner, () -> {
            Optional<SubscriptionRequestRecord> earlier = requestKey.flatMap(this::findRequest);
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw SubscriptionConflict.idempotencyKeyReused();
                }
                return earlier.get().subscriptionId();
            }
            if (ownedBy(owner).size() >= properties.maxPerManager()) {
                throw SubscriptionConflict.tooMany(properties.maxPerManager());
            }
            Subscription subscription = new Subscription(UUID.randomUUID().toString(), request.filter(), request.channel(),
                    clock.instant(), owner);
            if (requestKey.isPresent()) {
                SubscriptionRequestRecord record = new SubscriptionRequestRecord(fingerprint, subscription.subscriptionId(),
                        clock.instant());
                writes.create(subscription, requestKey.get(), record);
                remember(requestKey.get(), record);
            } else {
                writes.create(subscription);
            }
            awaitStore(subscription.subscriptionId(), Optional::isPresent);
            return subscription.subscriptionId();
        });
    }

    /** @return whether {@code owner} had such a subscription (another manager's does not count) */
    boolean delete(String subscriptionId, String owner) {
        if (findOwned(subscriptionId, owner).isEmpty()) {
            return false;
        }
        writes.delete(subscriptionId);
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

    private Optional<SubscriptionRequestRecord> findRequest(String requestKey) {
        synchronized (recentRequests) {
            SubscriptionRequestRecord recent = recentRequests.get(requestKey);
            if (recent != null) {
                return Optional.of(recent);
            }
        }
        return state.read(NotificationTopics.SUBSCRIPTION_REQUEST_STORE, STORE_PATIENCE,
                (ReadOnlyKeyValueStore<String, SubscriptionRequestRecord> store) -> Optional.ofNullable(store.get(requestKey)));
    }

    private void remember(String requestKey, SubscriptionRequestRecord record) {
        synchronized (recentRequests) {
            recentRequests.put(requestKey, record);
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
}

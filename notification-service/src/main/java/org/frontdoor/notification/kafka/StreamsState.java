package org.frontdoor.notification.kafka;

import java.time.Duration;
import java.util.function.Function;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Read access to this service's state stores. A store is readable once Kafka Streams runs,
 * which is after the global stores (subscriptions, delivery log) have caught up with their
 * topics: callers that must not act on stale state wait for that.
 */
@Component
public class StreamsState {

    private static final Duration POLL = Duration.ofMillis(50);
    /** How long one wait lasts before a reader that waits for good asks again (and can notice an interruption). */
    private static final Duration WAIT_SLICE = Duration.ofSeconds(5);

    private final StreamsBuilderFactoryBean streams;

    StreamsState(StreamsBuilderFactoryBean streams) {
        this.streams = streams;
    }

    /** Reads a key-value store, waiting up to {@code patience} for Streams to be running. */
    public <K, V, R> R read(String storeName, Duration patience, Function<ReadOnlyKeyValueStore<K, V>, R> query) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            KafkaStreams kafkaStreams = streams.getKafkaStreams();
            if (kafkaStreams != null && kafkaStreams.state() == KafkaStreams.State.RUNNING) {
                try {
                    return query.apply(kafkaStreams.store(
                            StoreQueryParameters.fromNameAndType(storeName, QueryableStoreTypes.<K, V>keyValueStore())));
                } catch (InvalidStateStoreException migrating) {
                    // A rebalance moved the store between the state check and the query: try again.
                }
            }
            if (System.nanoTime() > deadline) {
                throw new StoreUnavailableException(storeName);
            }
            pause(storeName);
        }
    }

    /**
     * Reads a key-value store, waiting for Streams to be running however long that takes: for
     * work that must neither act on a store that is not caught up nor give up (deliveries).
     *
     * @throws StoreUnavailableException only when the waiting thread is interrupted
     */
    public <K, V, R> R readWhenReady(String storeName, Function<ReadOnlyKeyValueStore<K, V>, R> query) {
        while (true) {
            try {
                return read(storeName, WAIT_SLICE, query);
            } catch (StoreUnavailableException notYet) {
                if (Thread.currentThread().isInterrupted()) {
                    throw notYet;
                }
            }
        }
    }

    /** Whether Streams runs, i.e. its stores are readable and the global ones caught up. */
    public boolean isRunning() {
        KafkaStreams kafkaStreams = streams.getKafkaStreams();
        return kafkaStreams != null && kafkaStreams.state() == KafkaStreams.State.RUNNING;
    }

    private static void pause(String storeName) {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException(storeName);
        }
    }

    /** The service's state is not readable yet (starting up or rebalancing); answer 503 / retry. */
    public static final class StoreUnavailableException extends RuntimeException {
        public StoreUnavailableException(String store) {
            super("State store " + store + " is not available yet");
        }
    }
}

package org.frontdoor.triage.figures;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.springframework.context.SmartLifecycle;

/**
 * The figures' Kafka Streams application, started and stopped with the service. It is not a
 * second {@code StreamsBuilderFactoryBean}: the triage pipeline's beans ask for theirs by type.
 */
class FiguresStreams implements SmartLifecycle {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<Topology> topology;
    private final StreamsConfig config;
    private volatile KafkaStreams streams;

    /** @param topology builds the topology afresh for each start: one topology serves one KafkaStreams */
    FiguresStreams(Supplier<Topology> topology, StreamsConfig config) {
        this.topology = topology;
        this.config = config;
    }

    @Override
    public synchronized void start() {
        KafkaStreams starting = new KafkaStreams(topology.get(), config);
        starting.start();
        streams = starting;
    }

    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        streams = null;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    KafkaStreams.State state() {
        KafkaStreams current = streams;
        return current == null ? KafkaStreams.State.NOT_RUNNING : current.state();
    }

    /**
     * Reads one store across every local partition. While the stores are being restored, or the
     * application is not running, the figures are unavailable rather than wrong.
     */
    <V, T> T read(String store, Function<ReadOnlyKeyValueStore<String, V>, T> query) {
        KafkaStreams current = streams;
        if (current == null || current.state() != KafkaStreams.State.RUNNING) {
            throw new FiguresUnavailableException();
        }
        try {
            return query.apply(current.store(StoreQueryParameters.fromNameAndType(store,
                    QueryableStoreTypes.<String, V>keyValueStore())));
        } catch (InvalidStateStoreException restoring) {
            throw new FiguresUnavailableException();
        }
    }
}

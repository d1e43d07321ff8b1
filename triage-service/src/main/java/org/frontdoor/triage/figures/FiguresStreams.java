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
import org.frontdoor.kafka.StreamThreadReplacement;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * The figures' Kafka Streams application, started and stopped with the service. It is not a
 * second {@code StreamsBuilderFactoryBean}: the triage pipeline's beans ask for theirs by type.
 * Its clients' meters (consumer lag above all) are bound while it runs, tagged as Spring tags the
 * pipeline's: Prometheus drops meters that share a name but not the tag keys.
 */
class FiguresStreams implements SmartLifecycle {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Supplier<Topology> topology;
    private final StreamsConfig config;
    private final StreamThreadReplacement threadReplacement;
    private final MeterRegistry meters;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics metrics;

    /** @param topology builds the topology afresh for each start: one topology serves one KafkaStreams */
    FiguresStreams(Supplier<Topology> topology, StreamsConfig config, StreamThreadReplacement threadReplacement,
                   MeterRegistry meters) {
        this.topology = topology;
        this.config = config;
        this.threadReplacement = threadReplacement;
        this.meters = meters;
    }

    @Override
    public synchronized void start() {
        KafkaStreams starting = new KafkaStreams(topology.get(), config);
        metrics = new KafkaStreamsMetrics(starting, Tags.of("spring.id", "figuresStreams"));
        metrics.bindTo(meters);
        starting.setUncaughtExceptionHandler(threadReplacement);
        starting.start();
        streams = starting;
    }

    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        streams = null;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
            metrics.close();
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The running application, or null before it starts and after it stops. */
    KafkaStreams kafkaStreams() {
        return streams;
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

package org.frontdoor.strategy.figures;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.frontdoor.calendar.WorkingDayCalendar;
import org.frontdoor.kafka.StreamThreadReplacement;
import org.frontdoor.kafka.StreamsSettings;
import org.frontdoor.kafka.TopicLayout;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.streams.RecoveringDeserializationExceptionHandler;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;

/**
 * Runs the figures topology as a Kafka Streams application of its own. It takes the service's
 * Kafka Streams settings (brokers, exactly_once_v2, static membership's instance id) with its own
 * application id and state directory, so it keeps its own consumer group, changelogs and
 * transactions and can be rebuilt from the raw topics without touching the cases. Unreadable
 * records go to its own dead-letter topics.
 *
 * <p>It is not a Spring {@code StreamsBuilderFactoryBean}: the service's components look that
 * bean up by type, and a second one would make every such lookup ambiguous. Its clients' meters
 * (consumer lag above all) are bound while it runs, tagged as Spring tags the case topology's:
 * Prometheus drops meters that share a name but not the tag keys.
 */
@Component
class FiguresStreams implements SmartLifecycle {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> config;
    private final StrategyMeetingSettings strategy;
    private final int partitions;
    private final StreamThreadReplacement threadReplacement;
    private final MeterRegistry meters;
    private volatile KafkaStreams streams;
    private KafkaStreamsMetrics metrics;

    FiguresStreams(KafkaProperties kafka, FiguresSettings figures, StrategyMeetingSettings strategy, TopicLayout topics,
                   StreamsSettings streamsSettings, FiguresDeadLetters deadLetters, MeterRegistry meters) {
        this.strategy = strategy;
        this.partitions = topics.partitions();
        this.threadReplacement = new StreamThreadReplacement(figures.applicationId(), streamsSettings.threadReplacement(), meters);
        this.meters = meters;
        this.config = kafka.buildStreamsProperties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, figures.applicationId());
        config.put(StreamsConfig.STATE_DIR_CONFIG, figures.stateDir());
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, RecoveringDeserializationExceptionHandler.class);
        config.put(RecoveringDeserializationExceptionHandler.KSTREAM_DESERIALIZATION_RECOVERER, deadLetters.recoverer());
        topics.applyTo(config);
    }

    @Override
    public void start() {
        KafkaStreams started = new KafkaStreams(topology(), properties());
        metrics = new KafkaStreamsMetrics(started, Tags.of("spring.id", "figuresStreams"));
        metrics.bindTo(meters);
        started.setUncaughtExceptionHandler(threadReplacement);
        started.start();
        streams = started;
    }

    Topology topology() {
        return FiguresTopology.build(strategy.timescales().rules(WorkingDayCalendar.englandAndWales()),
                partitions);
    }

    Properties properties() {
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }

    @Override
    public void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            running.close(CLOSE_TIMEOUT);
            metrics.close();
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** Starts and stops with the case topology. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** The running application, or null before it starts and after it stops. */
    KafkaStreams kafkaStreams() {
        return streams;
    }
}

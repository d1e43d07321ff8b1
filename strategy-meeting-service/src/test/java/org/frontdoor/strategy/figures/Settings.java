package org.frontdoor.strategy.figures;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.frontdoor.kafka.StreamsSettings;
import org.frontdoor.kafka.TopicLayout;
import org.frontdoor.strategy.StrategyMeetingSettings;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.mock.MockProducerFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The service's default settings, as application.yml gives them, for tests. */
final class Settings {

    static final StrategyMeetingSettings STRATEGY = new StrategyMeetingSettings(
            Duration.ofSeconds(5), "assessment-and-safeguarding",
            "strategy-meeting-service-commands-", Duration.ofSeconds(10), Duration.ofSeconds(5),
            new StrategyMeetingSettings.Timescales(1, 0, 0, 15, 3, 10, 2, 3, 6, 10));

    /** One broker, as in the tests. */
    static final TopicLayout TOPICS = new TopicLayout(3, (short) 1, (short) 1, null);

    private Settings() {
    }

    static FiguresSettings figures(Path stateDir) {
        return new FiguresSettings("strategy-meeting-service-figures", stateDir.toString(), Duration.ofSeconds(10));
    }

    /** Dead letters that go to mock producers instead of a broker, each kept in {@code sent}. */
    static FiguresDeadLetters deadLetters(List<MockProducer<byte[], byte[]>> sent) {
        // The template closes its producer after each send, so every send gets a new one.
        return new FiguresDeadLetters(new MockProducerFactory<>(() -> {
            MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
            sent.add(producer);
            return producer;
        }), "strategy-meeting-service-figures");
    }

    static FiguresStreams streams(Path stateDir, FiguresDeadLetters deadLetters) {
        return new FiguresStreams(new KafkaProperties(), figures(stateDir), STRATEGY, TOPICS,
                new StreamsSettings(new StreamsSettings.ThreadReplacement(5, Duration.ofMinutes(10))), deadLetters,
                new SimpleMeterRegistry());
    }

    static FiguresStreams streams(Path stateDir) {
        return streams(stateDir, deadLetters(new ArrayList<>()));
    }
}

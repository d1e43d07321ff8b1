package org.frontdoor.intake;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.apache.kafka.streams.KafkaStreams;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port against a real embedded KRaft broker, trusting the test issuer's
 * tokens, with rate limits no test reaches. Every integration test class extends this one unchanged,
 * so they all share one application context and one broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = IntakeIntegrationTest.PARTITIONS)
@EmbeddedKafka(count = 1, partitions = 2, bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
public abstract class IntakeIntegrationTest {

    /** Two partitions, so that re-keying decisions by contact is exercised across partitions. */
    static final String PARTITIONS = "frontdoor.topics.partitions=2";

    @LocalServerPort
    private int port;
    @Autowired
    protected EmbeddedKafkaBroker broker;
    @Autowired
    private StreamsBuilderFactoryBean streams;

    protected IntakeClient api;
    protected static EventLog events;

    /** Rate limits far above anything a test sends, so that no test is refused 429 by accident. */
    static final Map<String, String> UNLIMITED = Map.of(
            "frontdoor.security.rate-limit.burst", "1000000",
            "frontdoor.security.rate-limit.requests-per-second", "1000000");

    /** Stale Kafka Streams state from another run corrupts tasks: each context gets a fresh directory. */
    @DynamicPropertySource
    static void freshStateDirectory(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.streams.state-dir", IntakeIntegrationTest::newStateDirectory);
    }

    /**
     * The contract's example contact was received on 20 Nov 2026, and the tests run on the real clock:
     * the late-entry window is widened by the days since, so the example is never late, whenever they
     * run. A contact received further back than this is.
     */
    public static final Duration LATE_ENTRY_WINDOW = Duration.ofDays(30
            + Math.max(0, ChronoUnit.DAYS.between(Instant.parse("2026-11-20T09:15:00Z"), Instant.now())) + 1);

    static final Map<String, String> EXAMPLE_NOT_LATE = Map.of(
            "frontdoor.intake.late-entry.window", LATE_ENTRY_WINDOW.toDays() + "d");

    @DynamicPropertySource
    static void trustTestTokens(DynamicPropertyRegistry registry) {
        TestTokens.resourceServerProperties().forEach((name, value) -> registry.add(name, () -> value));
        UNLIMITED.forEach((name, value) -> registry.add(name, () -> value));
        EXAMPLE_NOT_LATE.forEach((name, value) -> registry.add(name, () -> value));
    }

    public static String newStateDirectory() {
        try {
            return Files.createTempDirectory("contact-intake-streams-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void connect() {
        api = new IntakeClient(port);
        if (events == null) {
            events = new EventLog(broker.getBrokersAsString());
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> streams.getKafkaStreams() != null && streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
    }

    @AfterAll
    static void disconnect() {
        if (events != null) {
            events.close();
            events = null;
        }
    }
}

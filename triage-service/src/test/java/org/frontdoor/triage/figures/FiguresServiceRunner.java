package org.frontdoor.triage.figures;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.TestTokens;
import org.frontdoor.triage.MovableClock;
import org.frontdoor.triage.TriageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.client.RestClient;

/** A real KRaft broker and the real triage service with its figures, started and restarted as a test needs. */
final class FiguresServiceRunner implements AutoCloseable {

    private final EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 3)
            // One broker: exactly-once needs the transaction log to fit on it.
            .brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1"));
    private final MovableClock clock;
    private ConfigurableApplicationContext service;
    private KafkaProducer<String, byte[]> producer;

    FiguresServiceRunner(Instant start) {
        this.clock = new MovableClock(start);
        broker.afterPropertiesSet();
    }

    /** Starts the service with empty state directories, so every store comes back from Kafka alone. */
    void start() {
        Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "triage-figures-test-" + UUID.randomUUID());
        List<String> arguments = new ArrayList<>(List.of(
                "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "spring.kafka.streams.state-dir=" + stateDir,
                "triage.clock-check-interval=PT0.2S",
                // The service has no secret of its own to fall back on (decision 0004).
                "triage.child-identity.secret=triage-tests-own-child-identity-secret",
                "frontdoor.figures.gauge-refresh=PT0.5S",
                "server.port=0",
                "frontdoor.security.rate-limit.burst=100000",
                "frontdoor.security.rate-limit.requests-per-second=100000"));
        arguments.addAll(List.of(TestTokens.resourceServerPropertyLines()));
        service = new SpringApplicationBuilder(TriageApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("movableClock", Clock.class, () -> clock, definition -> definition.setPrimary(true)))
                // As command-line arguments, which outrank application.yml; builder properties would not.
                .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        KafkaStreams triage = service.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        await().atMost(Duration.ofSeconds(90)).until(() -> triage.state() == KafkaStreams.State.RUNNING
                && figuresStreams().state() == KafkaStreams.State.RUNNING);
    }

    void stop() {
        service.close();
    }

    FiguresStreams figuresStreams() {
        return service.getBean(FiguresStreams.class);
    }

    MovableClock clock() {
        return clock;
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /** The service's HTTP API, each request carrying a freshly minted token. */
    RestClient api(Supplier<String> token) {
        int port = service.getBean(Environment.class).getProperty("local.server.port", Integer.class);
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestInterceptor((request, body, execution) -> {
                    request.getHeaders().setBearerAuth(token.get());
                    return execution.execute(request, body);
                }).build();
    }

    <V extends SpecificRecord> void publish(Topic<V> topic, String key, V value) {
        publishBytes(topic.name(), key, new AvroSerializer<V>().serialize(topic.name(), value));
    }

    void publishBytes(String topic, String key, byte[] value) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    @Override
    public void close() {
        if (service != null && service.isActive()) {
            service.close();
        }
        if (producer != null) {
            producer.close();
        }
        broker.destroy();
    }
}

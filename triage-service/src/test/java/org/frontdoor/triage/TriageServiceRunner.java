package org.frontdoor.triage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.serde.AvroSerializer;
import org.frontdoor.security.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.web.client.RestClient;

import static org.awaitility.Awaitility.await;

/** A real KRaft broker and the real triage application, started and restarted as a test needs. */
final class TriageServiceRunner implements AutoCloseable {

    private final EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 3)
            // One broker: exactly-once needs the transaction log to fit on it.
            .brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1"));
    private final MovableClock clock = new MovableClock(Instant.now());
    private ConfigurableApplicationContext service;
    private KafkaProducer<String, byte[]> producer;

    TriageServiceRunner() {
        broker.afterPropertiesSet();
    }

    /**
     * Starts the service with an empty state directory, so its stores come back from Kafka alone.
     *
     * @param settings further properties, {@code name=value}, that the ones here do not set
     */
    ConfigurableApplicationContext start(String... settings) {
        Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "triage-test-" + UUID.randomUUID());
        List<String> arguments = new ArrayList<>(List.of(
                "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "spring.kafka.streams.state-dir=" + stateDir,
                "triage.clock-check-interval=PT0.2S",
                // The service has no secret of its own to fall back on (decision 0004).
                "triage.child-identity.secret=triage-tests-own-child-identity-secret",
                "server.port=0",
                // Tests call far faster than any person; the limit itself is the security module's to test.
                "frontdoor.security.rate-limit.burst=100000",
                "frontdoor.security.rate-limit.requests-per-second=100000"));
        arguments.addAll(List.of(TestTokens.resourceServerPropertyLines()));
        arguments.addAll(List.of(settings));
        service = new SpringApplicationBuilder(TriageApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean("movableClock", Clock.class, () -> clock, definition -> definition.setPrimary(true)))
                // As command-line arguments, which outrank application.yml; builder properties would not.
                .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
        KafkaStreams streams = service.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
        await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
        return service;
    }

    /** The triage pipeline's Kafka Streams application, which a test may pause and resume. */
    KafkaStreams pipeline() {
        return service.getBean(StreamsBuilderFactoryBean.class).getKafkaStreams();
    }

    String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    MovableClock clock() {
        return clock;
    }

    int port() {
        return service.getBean(Environment.class).getProperty("local.server.port", Integer.class);
    }

    /** The service's API, called with the given bearer token. */
    RestClient api(String token) {
        return RestClient.builder().baseUrl("http://localhost:" + port())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    void stop() {
        service.close();
    }

    <V extends SpecificRecord> void publish(Topic<V> topic, String key, V value) {
        publishBytes(topic.name(), key, new AvroSerializer<V>().serialize(topic.name(), value));
    }

    void publishBytes(String topic, String key, byte[] value) {
        publishAll(List.of(new ProducerRecord<>(topic, key, value)));
    }

    void publishAll(List<ProducerRecord<String, byte[]>> records) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        records.forEach(producer::send);
        producer.flush();
    }

    /** Every committed record on a topic so far, from the beginning. */
    List<ConsumerRecord<String, byte[]>> records(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (polled.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                polled.forEach(records::add);
            }
        }
        return records;
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

package org.frontdoor.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A real Kafka Streams application on an embedded KRaft broker whose processing throws: the
 * thread is replaced and the record is processed once after all, until a fault recurs past the
 * budget and the application reads as DOWN.
 */
class StreamThreadReplacementIT {

    private static final EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 1)
            .brokerProperties(Map.of("transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
                    "group.initial.rebalance.delay.ms", "0"));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final String input = "input-" + UUID.randomUUID();
    private final String output = "output-" + UUID.randomUUID();
    private KafkaStreams streams;

    @BeforeAll
    static void startBroker() {
        broker.afterPropertiesSet();
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @AfterEach
    void stopStreams() {
        if (streams != null) {
            streams.close(Duration.ofSeconds(10));
        }
    }

    @Test
    void aThreadThatFailsOnceIsReplacedAndEveryRecordIsProcessedExactlyOnce() throws Exception {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        start(value -> value.equals("flaky") && failedOnce.add(value), 3);

        send("before", "flaky", "after");

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60)).until(() -> readOutput().size() >= 3);
        assertThat(readOutput()).containsExactly("before", "flaky", "after");
        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        assertThat(new StreamsHealth(() -> streams).health().getStatus()).isEqualTo(Status.UP);
        assertThat(meters.get("frontdoor.streams.thread.failures").tag("outcome", "replaced").counter().count()).isEqualTo(1);
    }

    @Test
    void aFaultThatRecursPastTheBudgetShutsTheApplicationDownAndItsHealthIsDown() throws Exception {
        start(value -> value.equals("always"), 2);

        send("always");

        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(90))
                .until(() -> streams.state() == KafkaStreams.State.PENDING_ERROR || streams.state() == KafkaStreams.State.ERROR);
        assertThat(new StreamsHealth(() -> streams).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(meters.get("frontdoor.streams.thread.failures").tag("outcome", "replaced").counter().count()).isEqualTo(2);
        assertThat(meters.get("frontdoor.streams.thread.failures").tag("outcome", "shut_down").counter().count()).isEqualTo(1);
    }

    private void start(java.util.function.Predicate<String> fails, int maxReplacements) throws Exception {
        broker.addTopics(input, output);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()))
                .peek((key, value) -> {
                    if (fails.test(value)) {
                        throw new IllegalStateException("processing failed");
                    }
                })
                .to(output, Produced.with(Serdes.String(), Serdes.String()));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "replacement-" + UUID.randomUUID());
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("replacement").toString());
        config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // A dead thread's member stays in the group until its session expires: keep that short here.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 6000);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 1000);
        new TopicLayout(1, (short) 1, (short) 1, null).applyTo(config);
        streams = new KafkaStreams(builder.build(), config);
        streams.setUncaughtExceptionHandler(new StreamThreadReplacement("replacement",
                new StreamsSettings.ThreadReplacement(maxReplacements, Duration.ofMinutes(10)), meters));
        streams.start();
    }

    private void send(String... values) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(input, "key", value));
            }
        }
    }

    private List<String> readOutput() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(output));
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }
}

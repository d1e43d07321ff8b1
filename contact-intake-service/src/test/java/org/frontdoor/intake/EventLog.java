package org.frontdoor.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.catalogue.Topic;

/**
 * The broker's topics as a read_committed consumer sees them: what a test may call "published". A
 * test marks the ends of the topics before acting, then reads everything committed since.
 */
public final class EventLog implements AutoCloseable {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private final String bootstrapServers;
    private final KafkaConsumer<String, byte[]> consumer;
    /** Sees where each partition's log really ends, including transactions still being completed. */
    private final KafkaConsumer<String, byte[]> logEnds;

    public EventLog(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer(bootstrapServers, "read_committed");
        this.logEnds = consumer(bootstrapServers, "read_uncommitted");
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers, String isolation) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Reading up to a known end: do not let the broker hold an empty fetch for long.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
    }

    /**
     * Where each partition of the topics ends now, once no transaction is still completing: a
     * contact answered 201 moments ago may not have its commit marker written yet, and a mark
     * taken before it would count that contact as published after the mark.
     */
    public Marks mark(String... topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            partitions.addAll(partitionsOf(topic));
        }
        consumer.assign(partitions);
        return new Marks(new HashMap<>(settledEnds(partitions, System.nanoTime() + READ_TIMEOUT.toNanos())));
    }

    /** Every committed record on the topic after the marks, up to its end now. */
    public List<ConsumerRecord<String, byte[]>> since(Marks marks, String topic) {
        List<TopicPartition> partitions = partitionsOf(topic);
        consumer.assign(partitions);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        Map<TopicPartition, Long> ends = settledEnds(partitions, deadline);
        partitions.forEach(partition -> consumer.seek(partition, marks.offsets().getOrDefault(partition, 0L)));
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Could not read " + topic + " up to " + ends + " within " + READ_TIMEOUT);
            }
            consumer.poll(Duration.ofMillis(50)).forEach(records::add);
        }
        return records;
    }

    /**
     * Where each partition ends once no transaction is still completing. A producer's commit
     * returns before its markers reach the partitions, so just after a 201 the committed end
     * (last stable offset) can trail the log for a moment: reading then would miss the record.
     */
    private Map<TopicPartition, Long> settledEnds(List<TopicPartition> partitions, long deadline) {
        while (true) {
            Map<TopicPartition, Long> committed = consumer.endOffsets(partitions);
            if (committed.equals(logEnds.endOffsets(partitions))) {
                return committed;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Transactions on " + partitions + " did not complete within " + READ_TIMEOUT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for transactions to complete", e);
            }
        }
    }

    /** Every committed record on the topic so far. */
    public List<ConsumerRecord<String, byte[]>> all(String topic) {
        return since(new Marks(Map.of()), topic);
    }

    public <V extends SpecificRecord> List<ConsumerRecord<String, V>> eventsSince(Marks marks, Topic<V> topic) {
        var deserializer = topic.valueSerde().deserializer();
        return since(marks, topic.name()).stream()
                .map(record -> new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.key(),
                        deserializer.deserialize(record.topic(), record.value())))
                .toList();
    }

    public <V extends SpecificRecord> void publish(Topic<V> topic, String key, V event) {
        publish(topic.name(), key, topic.valueSerde().serializer().serialize(topic.name(), event));
    }

    public void publish(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value));
        }
    }

    private List<TopicPartition> partitionsOf(String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    @Override
    public void close() {
        consumer.close();
        logEnds.close();
    }

    public record Marks(Map<TopicPartition, Long> offsets) {
    }
}

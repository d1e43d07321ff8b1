package org.frontdoor.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * What the same broker does on its own, measured in the same run so the ratios compare like with
 * like: a producer with the services' guarantees (acks=all, idempotent) and a consumer reading
 * committed records, with values the size of a contact.
 */
final class BrokerBaseline {

    private final String bootstrapServers;
    private final int valueSize;

    BrokerBaseline(String bootstrapServers, int valueSize) {
        this.bootstrapServers = bootstrapServers;
        this.valueSize = valueSize;
    }

    /** Records a second from the first send until a consumer has read them all. */
    double throughput(int records) throws Exception {
        String topic = freshTopic("throughput");
        byte[] value = new byte[valueSize];
        new Random(1).nextBytes(value);
        try (KafkaConsumer<Long, byte[]> consumer = consumerOf(topic);
             KafkaProducer<Long, byte[]> producer = producer()) {
            long started = System.nanoTime();
            for (long i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, i, value));
            }
            producer.flush();
            int read = 0;
            while (read < records) {
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
            return records / seconds(System.nanoTime() - started);
        }
    }

    /** Milliseconds from send to a consumer's read, one record at a time at a steady rate. */
    Latencies latency(int perSecond, Duration duration) throws Exception {
        String topic = freshTopic("latency");
        byte[] value = new byte[valueSize];
        List<Double> millis = new ArrayList<>();
        long interval = 1_000_000_000L / perSecond;
        try (KafkaConsumer<Long, byte[]> consumer = consumerOf(topic);
             KafkaProducer<Long, byte[]> producer = producer()) {
            long end = System.nanoTime() + duration.toNanos();
            long nextSend = System.nanoTime();
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextSend) {
                    producer.send(new ProducerRecord<>(topic, System.nanoTime(), value));
                    nextSend += interval;
                }
                for (ConsumerRecord<Long, byte[]> record : consumer.poll(Duration.ofMillis(1))) {
                    millis.add((System.nanoTime() - record.key()) / 1e6);
                }
            }
        }
        return Latencies.of(millis);
    }

    private String freshTopic(String purpose) throws ExecutionException, InterruptedException {
        String topic = "benchmark.baseline." + purpose + "." + System.currentTimeMillis();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // Three partitions, like the services' topics.
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        return topic;
    }

    private KafkaProducer<Long, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new LongSerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<Long, byte[]> consumerOf(String topic) {
        KafkaConsumer<Long, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new LongDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static double seconds(long nanos) {
        return nanos / (double) TimeUnit.SECONDS.toNanos(1);
    }
}

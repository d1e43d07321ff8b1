package org.frontdoor.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;

/**
 * Notes the moment each triage decision becomes visible to a reader, as a downstream service
 * would see it: read committed, from the end of the decisions topic at the start of the run.
 */
final class DecisionWatch implements AutoCloseable {

    private final KafkaConsumer<String, ChildTriaged> consumer;
    private final Map<String, Long> decidedAt = new ConcurrentHashMap<>();
    private final Thread reader;
    private final CountDownLatch positioned = new CountDownLatch(1);

    DecisionWatch(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new AvroDeserializer<>(ChildTriaged.class));
        reader = new Thread(this::read, "decision-watch");
        reader.start();
        try {
            positioned.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try {
            String topic = Topics.CHILD_DECISIONS.name();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            positioned.countDown();
            while (true) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> decidedAt.putIfAbsent(
                        record.value().getContactId().toString(), System.nanoTime()));
            }
        } catch (WakeupException stopping) {
            // close() wakes the reader to end it.
        } finally {
            positioned.countDown();
            consumer.close();
        }
    }

    /** When each of these contacts was decided (nanoTime), for those decided so far. */
    Map<String, Long> decided(Iterable<String> contactIds) {
        Map<String, Long> found = new ConcurrentHashMap<>();
        contactIds.forEach(id -> {
            Long at = decidedAt.get(id);
            if (at != null) {
                found.put(id, at);
            }
        });
        return found;
    }

    /** Waits until every contact has a decision, or the timeout passes; returns the last decision's time. */
    long awaitAll(Map<String, Long> sentAt, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Long> found = decided(sentAt.keySet());
            if (found.size() == sentAt.size()) {
                return found.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            }
            Thread.sleep(20);
        }
        int missing = sentAt.size() - decided(sentAt.keySet()).size();
        throw new IllegalStateException(missing + " of " + sentAt.size() + " contacts had no decision within " + timeout
                + ": " + sentAt.keySet().stream().filter(id -> !decidedAt.containsKey(id)).limit(5).collect(Collectors.joining(", ")));
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        reader.join();
    }
}

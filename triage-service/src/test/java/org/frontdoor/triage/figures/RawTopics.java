package org.frontdoor.triage.figures;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.frontdoor.events.ChildTriaged;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ManagementDecisionRecorded;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.events.catalogue.Topic;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.events.serde.AvroDeserializer;

/**
 * The four topics the figures are counted from, read straight from the broker by a read_committed
 * consumer of the test's own, up to everything committed so far. Each call to {@link #catchUp()}
 * reads on from where the last one stopped. Records that are not events are skipped, as the
 * service parks them.
 */
final class RawTopics implements AutoCloseable {

    private static final List<Topic<?>> TOPICS = List.of(Topics.CONTACTS_RECEIVED, Topics.CHILD_DECISIONS,
            Topics.MANAGEMENT_DECISIONS, Topics.CONTACT_DECISION_ALERTS);

    /** Every event so far, in each partition's order. */
    record Events(List<ContactReceived> contacts, List<ChildTriaged> decisions, List<ManagementDecisionRecorded> managed,
                  List<TimescaleAlert> alerts) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ContactReceived> contacts = new ArrayList<>();
    private final List<ChildTriaged> decisions = new ArrayList<>();
    private final List<ManagementDecisionRecorded> managed = new ArrayList<>();
    private final List<TimescaleAlert> alerts = new ArrayList<>();

    RawTopics(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "figures-recount-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
        List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic.name()).stream()
                .map(partition -> new TopicPartition(topic.name(), partition.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    Events catchUp() {
        Map<TopicPartition, Long> committedEnds = consumer.endOffsets(consumer.assignment());
        while (committedEnds.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                add(record);
            }
        }
        return new Events(List.copyOf(contacts), List.copyOf(decisions),
                List.copyOf(managed), List.copyOf(alerts));
    }

    private void add(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().equals(Topics.CONTACTS_RECEIVED.name())) {
                contacts.add(read(Topics.CONTACTS_RECEIVED, record));
            } else if (record.topic().equals(Topics.CHILD_DECISIONS.name())) {
                decisions.add(read(Topics.CHILD_DECISIONS, record));
            } else if (record.topic().equals(Topics.MANAGEMENT_DECISIONS.name())) {
                managed.add(read(Topics.MANAGEMENT_DECISIONS, record));
            } else {
                alerts.add(read(Topics.CONTACT_DECISION_ALERTS, record));
            }
        } catch (SerializationException notAnEvent) {
            // Parked by the service on its dead-letter topics; not an event, so not counted.
        }
    }

    private static <V extends SpecificRecord> V read(Topic<V> topic, ConsumerRecord<String, byte[]> record) {
        return new AvroDeserializer<>(topic.valueType()).deserialize(record.topic(), record.value());
    }

    @Override
    public void close() {
        consumer.close();
    }
}

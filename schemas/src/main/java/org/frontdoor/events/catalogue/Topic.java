package org.frontdoor.events.catalogue;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.frontdoor.events.serde.AvroDeserializer;
import org.frontdoor.events.serde.AvroSerializer;

/**
 * A Kafka topic of the product: its name, what its records are keyed by, the event type of its
 * values, the one service that writes it, and whether it keeps only the latest record per key.
 * Keys are always strings (an id).
 */
public record Topic<V extends SpecificRecord>(String name, String keyedBy, Class<V> valueType, String writer,
                                              boolean compacted) {

    public Serde<String> keySerde() {
        return Serdes.String();
    }

    public Serde<V> valueSerde() {
        return Serdes.serdeFrom(new AvroSerializer<>(), new AvroDeserializer<>(valueType));
    }

    /**
     * The topic for records of this topic that {@code consumer} could not read or process; it
     * holds the original bytes and headers naming the failure.
     */
    public String deadLetterTopic(String consumer) {
        return name + ".dlt." + consumer;
    }

    /**
     * The topic's own settings, whatever cluster it is laid out on. Events are the system of
     * record: they are kept until an operator decides otherwise.
     */
    public Map<String, String> configs() {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, "-1");
    }
}

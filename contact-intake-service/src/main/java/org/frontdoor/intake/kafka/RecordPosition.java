package org.frontdoor.intake.kafka;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/** Where the broker wrote a record: its partition and offset. */
public record RecordPosition(TopicPartition partition, long offset) {

    public static RecordPosition of(RecordMetadata written) {
        return new RecordPosition(new TopicPartition(written.topic(), written.partition()), written.offset());
    }
}

package org.frontdoor.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

class PendingOffsetsTest {

    private final PendingOffsets pending = new PendingOffsets();
    private final List<Long> acknowledged = new ArrayList<>();

    @Test
    void anOffsetIsAcknowledgedOnlyOnceEveryRecordBeforeItIsFinished() {
        ConsumerRecord<String, String> first = started(10);
        ConsumerRecord<String, String> second = started(11);
        ConsumerRecord<String, String> third = started(12);

        pending.finished(second);
        pending.finished(third);
        assertThat(acknowledged).isEmpty();

        pending.finished(first);
        assertThat(acknowledged).containsExactly(12L);
    }

    @Test
    void eachFinishedPrefixIsAcknowledgedAsItCompletes() {
        ConsumerRecord<String, String> first = started(10);
        ConsumerRecord<String, String> second = started(11);

        pending.finished(first);
        pending.finished(second);

        assertThat(acknowledged).containsExactly(10L, 11L);
    }

    @Test
    void aRecordOfARevokedPartitionIsNeverAcknowledged() {
        ConsumerRecord<String, String> record = started(10);

        pending.onPartitionsRevokedAfterCommit(null, List.of(new TopicPartition("deliveries", 0)));
        pending.finished(record);

        assertThat(acknowledged).isEmpty();
    }

    private ConsumerRecord<String, String> started(long offset) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("deliveries", 0, offset, "key", "value");
        pending.started(record, new Acknowledgment() {
            @Override
            public void acknowledge() {
                acknowledged.add(offset);
            }
        });
        return record;
    }
}

package org.frontdoor.notification.delivery;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Commits a delivery record's offset only once it and every record before it in its partition
 * are handled. Records are handled out of order (a slow receiver's attempt may still be running
 * while later deliveries are done), and committing past an unfinished one would lose it in a
 * crash: it is the one record the restarted service must read again.
 */
@Component
class PendingOffsets implements ConsumerAwareRebalanceListener {

    private final Map<TopicPartition, Partition> partitions = new ConcurrentHashMap<>();

    /** On the consumer thread, before the record is handed to a sending thread. */
    void started(ConsumerRecord<?, ?> record, Acknowledgment acknowledgment) {
        partitions.computeIfAbsent(new TopicPartition(record.topic(), record.partition()), partition -> new Partition())
                .started(record, acknowledgment);
    }

    /** On any thread, once the record's outcome is recorded (or it needed none). */
    void finished(ConsumerRecord<?, ?> record) {
        Partition partition = partitions.get(new TopicPartition(record.topic(), record.partition()));
        if (partition != null) {
            partition.finished(record);
        }
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> revoked) {
        forget(revoked);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> lost) {
        forget(lost);
    }

    /** Their new owner reads the unfinished records again; acknowledging them here would be meaningless. */
    private void forget(Collection<TopicPartition> gone) {
        gone.forEach(partitions::remove);
    }

    private static final class Partition {

        private final TreeMap<Long, Pending> byOffset = new TreeMap<>();

        synchronized void started(ConsumerRecord<?, ?> record, Acknowledgment acknowledgment) {
            byOffset.put(record.offset(), new Pending(record, acknowledgment));
        }

        synchronized void finished(ConsumerRecord<?, ?> record) {
            Pending pending = byOffset.get(record.offset());
            // Another record at this offset is the same one read again after a rebalance: not this one's to finish.
            if (pending == null || pending.record != record) {
                return;
            }
            pending.finished = true;
            Acknowledgment upTo = null;
            while (!byOffset.isEmpty() && byOffset.firstEntry().getValue().finished) {
                upTo = byOffset.pollFirstEntry().getValue().acknowledgment;
            }
            if (upTo != null) {
                // Committing an offset commits every one before it.
                upTo.acknowledge();
            }
        }
    }

    private static final class Pending {

        private final ConsumerRecord<?, ?> record;
        private final Acknowledgment acknowledgment;
        private boolean finished;

        Pending(ConsumerRecord<?, ?> record, Acknowledgment acknowledgment) {
            this.record = record;
            this.acknowledgment = acknowledgment;
        }
    }
}

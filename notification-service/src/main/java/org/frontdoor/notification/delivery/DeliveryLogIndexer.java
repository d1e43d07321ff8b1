package org.frontdoor.notification.delivery;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.frontdoor.notification.kafka.NotificationTopics;

/**
 * Keeps the delivery-log store from its topic: each delivery's latest status under its id, and
 * the same status under its subscription (see {@link SubscriptionIndex}). Kafka Streams runs it
 * again over the topic when it restores the store, so the index is rebuilt with the log.
 */
public class DeliveryLogIndexer implements Processor<String, DeliveryStatus, Void, Void> {

    private TimestampedKeyValueStore<String, DeliveryStatus> log;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        log = context.getStateStore(NotificationTopics.DELIVERY_LOG_STORE);
    }

    @Override
    public void process(Record<String, DeliveryStatus> record) {
        ValueAndTimestamp<DeliveryStatus> previous = log.get(record.key());
        if (previous != null) {
            // Its index key moves if a retry wrote another first-attempt time.
            log.delete(SubscriptionIndex.key(previous.value()));
        }
        if (record.value() == null) {
            log.delete(record.key());
            return;
        }
        ValueAndTimestamp<DeliveryStatus> status = ValueAndTimestamp.make(record.value(), record.timestamp());
        log.put(record.key(), status);
        log.put(SubscriptionIndex.key(record.value()), status);
    }
}

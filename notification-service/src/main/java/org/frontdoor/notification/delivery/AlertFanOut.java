package org.frontdoor.notification.delivery;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.frontdoor.events.TimescaleAlert;
import org.frontdoor.notification.alert.Alert;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.subscription.Subscription;

/**
 * Turns an alert into one delivery per matching subscription, read from the global
 * subscriptions store. Reading an alert twice produces the same deliveries (same ids), which
 * the delivery log then recognises, so this stage may safely be at-least-once.
 */
public class AlertFanOut implements Processor<String, TimescaleAlert, String, Delivery> {

    private ProcessorContext<String, Delivery> context;
    private KeyValueStore<String, ValueAndTimestamp<Subscription>> subscriptions;

    @Override
    public void init(ProcessorContext<String, Delivery> context) {
        this.context = context;
        this.subscriptions = context.getStateStore(NotificationTopics.SUBSCRIPTION_STORE);
    }

    @Override
    public void process(Record<String, TimescaleAlert> record) {
        if (record.value() == null) {
            return;
        }
        Alert alert = Alert.of(record.value());
        try (var all = subscriptions.all()) {
            all.forEachRemaining(entry -> {
                Subscription subscription = entry.value.value();
                if (subscription.filter().matches(alert)) {
                    Delivery delivery = Delivery.of(alert, subscription.subscriptionId());
                    context.forward(record.withKey(delivery.deliveryId()).withValue(delivery));
                }
            });
        }
    }
}

package org.frontdoor.notification.delivery;

import org.frontdoor.notification.kafka.StreamsState;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the delivery listeners from reading while Kafka Streams is not running (starting,
 * restoring, rebalancing). An attempt needs the delivery log and the subscriptions caught up,
 * and waits for them rather than spend itself; reading on meanwhile would only fill the lanes
 * until deliveries were refused as "receiver busy".
 */
@Component
class DeliveriesWaitForStreams {

    private final StreamsState streams;
    private final KafkaListenerEndpointRegistry listeners;

    DeliveriesWaitForStreams(StreamsState streams, KafkaListenerEndpointRegistry listeners) {
        this.streams = streams;
        this.listeners = listeners;
    }

    @Scheduled(fixedDelay = 500)
    void follow() {
        boolean ready = streams.isRunning();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            if (container.getListenerId() == null || !container.getListenerId().startsWith(DeliveryListener.ID)) {
                continue;
            }
            if (ready && container.isPauseRequested()) {
                container.resume();
            } else if (!ready && !container.isPauseRequested()) {
                container.pause();
            }
        }
    }
}

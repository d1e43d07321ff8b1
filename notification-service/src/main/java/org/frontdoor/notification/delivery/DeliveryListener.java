package org.frontdoor.notification.delivery;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.frontdoor.notification.subscription.Channel;
import org.frontdoor.notification.subscription.Subscription;
import org.frontdoor.notification.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import org.springframework.stereotype.Component;

/**
 * Delivers each delivery record once. It reads the main deliveries topic and, through the
 * retry configuration, its retry topics; each attempt's outcome goes to the delivery log
 * before the record is acknowledged, and a delivery the log already shows DELIVERED is skipped.
 */
@Component("deliveryListener")
class DeliveryListener {

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

    private final DeliveryLog deliveryLog;
    private final Subscriptions subscriptions;
    private final List<ChannelSender<?>> senders;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryListener(DeliveryLog deliveryLog, Subscriptions subscriptions, List<ChannelSender<?>> senders,
                     DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.deliveryLog = deliveryLog;
        this.subscriptions = subscriptions;
        this.senders = senders;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @KafkaListener(id = "deliveries", groupId = "notification-service-deliveries", topics = NotificationTopics.DELIVERIES, containerFactory = "deliveryListenerFactory")
    void deliver(ConsumerRecord<String, Delivery> record) throws DeliveryAttemptFailed {
        Delivery delivery = record.value();
        int attempt = attemptOf(record);
        Optional<DeliveryStatus> previous = deliveryLog.find(delivery.deliveryId());
        Optional<Subscription> subscription = subscriptions.find(delivery.subscriptionId());
        if (subscription.isEmpty()) {
            log.info("Delivery {} dropped: subscription {} was deleted", delivery.deliveryId(), delivery.subscriptionId());
            return;
        }
        Channel channel = subscription.get().channel();
        if (previous.map(status -> status.status() == DeliveryStatus.Outcome.DELIVERED).orElse(false)) {
            log.info("Delivery {} already delivered; attempt {} skipped", delivery.deliveryId(), attempt);
            metrics.skipped(channel.channelType());
            return;
        }
        Instant firstAttemptAt = previous.map(DeliveryStatus::firstAttemptAt).orElse(clock.instant());
        try {
            sendOver(channel, delivery);
        } catch (DeliveryAttemptFailed failure) {
            // A refused delivery was not attempted, and another attempt would be refused too.
            boolean last = failure instanceof DeliveryRefused || attempt >= properties.maxAttempts();
            deliveryLog.record(status(delivery, channel, last ? DeliveryStatus.Outcome.FAILED : DeliveryStatus.Outcome.RETRYING,
                    attempt, failure.getMessage(), firstAttemptAt));
            if (last) {
                metrics.failed(channel.channelType());
                log.warn("Delivery {} FAILED on attempt {}: {}", delivery.deliveryId(), attempt, failure.getMessage());
            } else {
                metrics.retrying(channel.channelType());
                log.info("Delivery {} attempt {} failed ({}); will retry", delivery.deliveryId(), attempt, failure.getMessage());
            }
            // Rethrown so the retry topics schedule the next attempt, or park the record on the
            // dead-letter topic (at once for a refusal: see DeliveryRetryConfiguration).
            throw failure;
        }
        deliveryLog.record(status(delivery, channel, DeliveryStatus.Outcome.DELIVERED, attempt, null, firstAttemptAt));
        metrics.delivered(channel.channelType(), delivery.alert().raisedAt());
        log.info("Delivery {} delivered on attempt {}", delivery.deliveryId(), attempt);
    }

    @SuppressWarnings("unchecked")
    private <C extends Channel> void sendOver(C channel, Delivery delivery) throws DeliveryAttemptFailed {
        for (ChannelSender<?> sender : senders) {
            if (sender.channelType().isInstance(channel)) {
                ((ChannelSender<C>) sender).send(channel, delivery.alert());
                return;
            }
        }
        throw new DeliveryAttemptFailed("no sender for channel " + channel.channelType());
    }

    private DeliveryStatus status(Delivery delivery, Channel channel, DeliveryStatus.Outcome outcome, int attempts,
                                  String lastError, Instant firstAttemptAt) {
        return new DeliveryStatus(delivery.deliveryId(), delivery.subscriptionId(), delivery.alert().alertId(),
                delivery.alert().kind(), delivery.alert().clock(), channel.channelType(), outcome, attempts, lastError,
                firstAttemptAt, clock.instant());
    }

    /** The retry topics count attempts in a header; a record on the main topic is the first attempt. */
    private static int attemptOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
        if (header == null) {
            return 1;
        }
        byte[] value = header.value();
        return value.length == Integer.BYTES ? ByteBuffer.wrap(value).getInt() : Byte.toUnsignedInt(value[0]);
    }
}

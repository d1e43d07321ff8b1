package org.frontdoor.notification.delivery;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.frontdoor.notification.subscription.Channel;
import org.frontdoor.notification.subscription.Subscription;
import org.frontdoor.notification.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;
import org.springframework.stereotype.Component;

/**
 * One attempt at one delivery, on a sending thread. A delivery the log already shows DELIVERED
 * is skipped, one whose subscription was deleted is dropped; otherwise it is sent once and the
 * outcome recorded in the log before the delivery counts as handled. A failure moves the record
 * on to its next retry topic, or the dead-letter topic after the last attempt.
 */
@Component
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final DeliveryLog deliveryLog;
    private final Subscriptions subscriptions;
    private final List<ChannelSender<?>> senders;
    private final RetryTopicForwarder retries;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    DeliveryAttempts(DeliveryLog deliveryLog, Subscriptions subscriptions, List<ChannelSender<?>> senders,
                     RetryTopicForwarder retries, DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.deliveryLog = deliveryLog;
        this.subscriptions = subscriptions;
        this.senders = senders;
        this.retries = retries;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the delivery over its subscription's channel. */
    void attempt(ConsumerRecord<String, Delivery> record) {
        handle(record, (channel, delivery) -> sendOver(channel, delivery));
    }

    /** Records the attempt as failed without sending: the subscription's lane has no room. */
    void refuseBusy(ConsumerRecord<String, Delivery> record) {
        handle(record, (channel, delivery) -> {
            throw new DeliveryAttemptFailed("receiver busy");
        });
    }

    /**
     * Moves a record that could not be handled at all (a fault of this service, not of the
     * receiver) on to its next retry topic, as spring-kafka does for a listener that throws.
     */
    void giveUp(ConsumerRecord<String, Delivery> record, RuntimeException fault) {
        log.error("Delivery record at {}-{}@{} could not be handled; moved on to its next attempt",
                record.topic(), record.partition(), record.offset(), fault);
        retries.forward(record, fault);
    }

    private void handle(ConsumerRecord<String, Delivery> record, Send send) {
        Delivery delivery = record.value();
        int attempt = attemptOf(record);
        // Both wait for their stores, without spending the attempt: see the README's delivery guarantee.
        Optional<DeliveryStatus> previous = deliveryLog.find(delivery.deliveryId());
        Optional<Subscription> subscription = subscriptions.findForDelivery(delivery.subscriptionId());
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
            send.over(channel, delivery);
        } catch (DeliveryAttemptFailed failure) {
            failed(record, channel, attempt, failure, firstAttemptAt);
            return;
        } catch (RuntimeException fault) {
            failed(record, channel, attempt, new DeliveryAttemptFailed("failed (" + fault.getClass().getSimpleName() + ")"),
                    firstAttemptAt);
            return;
        }
        deliveryLog.record(status(delivery, channel, DeliveryStatus.Outcome.DELIVERED, attempt, null, firstAttemptAt));
        metrics.delivered(channel.channelType(), delivery.alert().raisedAt());
        log.info("Delivery {} delivered on attempt {}", delivery.deliveryId(), attempt);
    }

    private void failed(ConsumerRecord<String, Delivery> record, Channel channel, int attempt, DeliveryAttemptFailed failure,
                        Instant firstAttemptAt) {
        if (Thread.currentThread().isInterrupted()) {
            // The service is stopping, not the receiver failing: nothing is recorded, and the delivery is read again after the restart.
            throw new CancellationException("Stopped during an attempt");
        }
        Delivery delivery = record.value();
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
        // The retry topics schedule the next attempt, or park the record on the dead-letter topic
        // (at once for a refusal: see DeliveryRetryConfiguration).
        retries.forward(record, failure);
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

    @FunctionalInterface
    private interface Send {
        void over(Channel channel, Delivery delivery) throws DeliveryAttemptFailed;
    }
}

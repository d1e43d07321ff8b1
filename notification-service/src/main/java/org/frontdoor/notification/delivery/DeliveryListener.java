package org.frontdoor.notification.delivery;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.notification.kafka.NotificationTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * Reads the deliveries topic and, through the retry configuration, its retry topics, and hands
 * each delivery to its subscription's lane at once: the consumer thread never waits for a
 * receiver, so a slow one holds up nothing but its own lane. A record's offset is committed
 * once its outcome is recorded (see {@link PendingOffsets}).
 */
@Component("deliveryListener")
class DeliveryListener {

    /** The listener's id; its retry topics' listeners take it as their prefix. */
    static final String ID = "deliveries";

    private static final Logger log = LoggerFactory.getLogger(DeliveryListener.class);

    private final DeliveryLanes lanes;
    private final DeliveryAttempts attempts;
    private final PendingOffsets pending;
    private final Tracer tracer;

    DeliveryListener(DeliveryLanes lanes, DeliveryAttempts attempts, PendingOffsets pending, Tracer tracer) {
        this.lanes = lanes;
        this.attempts = attempts;
        this.pending = pending;
        this.tracer = tracer;
    }

    @KafkaListener(id = ID, groupId = "notification-service-deliveries", topics = NotificationTopics.DELIVERIES,
            containerFactory = "deliveryListenerFactory")
    void deliver(ConsumerRecord<String, Delivery> record, Acknowledgment acknowledgment) {
        pending.started(record, acknowledgment);
        // The record's trace (decision 0011) is current only here, on the consumer thread.
        Span received = tracer.currentSpan();
        boolean taken = lanes.submit(record.value().subscriptionId(), () -> handle(record, received, attempts::attempt));
        if (!taken) {
            lanes.execute(() -> handle(record, received, attempts::refuseBusy));
        }
    }

    private void handle(ConsumerRecord<String, Delivery> record, Span received, Consumer<ConsumerRecord<String, Delivery>> step) {
        Span attempt = (received == null ? tracer.nextSpan() : tracer.nextSpan(received)).name("delivery attempt").start();
        try (Tracer.SpanInScope inScope = tracer.withSpan(attempt)) {
            handled(record, step);
            pending.finished(record);
        } catch (CancellationException stopping) {
            // Unfinished on purpose: its offset stays uncommitted and the delivery is read again after the restart.
            log.info("Delivery {} left for after the restart", record.key());
        } finally {
            attempt.end();
        }
    }

    /** @throws CancellationException when the service stops first */
    private void handled(ConsumerRecord<String, Delivery> record, Consumer<ConsumerRecord<String, Delivery>> step) {
        try {
            step.accept(record);
        } catch (CancellationException stopping) {
            throw stopping;
        } catch (RuntimeException fault) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Stopped during an attempt");
            }
            attempts.giveUp(record, fault);
        }
    }
}

package org.frontdoor.notification.delivery;

import java.time.Duration;
import java.util.concurrent.CancellationException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.DestinationTopicResolver;
import org.springframework.stereotype.Component;

/**
 * Moves a delivery whose attempt failed on to its next retry topic, or to the dead-letter topic
 * after its last attempt (at once for a refusal), with the headers and back-off spring-kafka's
 * retry topics give a record whose listener threw. Attempts run on sending threads, after the
 * listener has returned, so they hand their failures over here instead of throwing them.
 */
@Component
class RetryTopicForwarder {

    private static final Logger log = LoggerFactory.getLogger(RetryTopicForwarder.class);
    private static final Duration AFTER_REFUSAL = Duration.ofSeconds(1);

    private final DeadLetterPublishingRecoverer recoverer;

    RetryTopicForwarder(DestinationTopicResolver destinations) {
        this.recoverer = new DeadLetterPublishingRecovererFactory(destinations).create(DeliveryListener.ID);
    }

    /**
     * Returns once Kafka has acknowledged the record on its next topic, asking again for as long
     * as it refuses: the record is handled only once it is there.
     *
     * @throws CancellationException when the thread is interrupted first (the service is stopping)
     */
    void forward(ConsumerRecord<?, ?> record, Exception failure) {
        while (true) {
            try {
                // No consumer: it belongs to the consumer thread alone, and would only name the group in a header.
                recoverer.accept(record, null, failure);
                return;
            } catch (KafkaException refused) {
                log.warn("Kafka did not take delivery record {} on to its next attempt ({}); asking again", record.key(),
                        refused.getClass().getSimpleName());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(AFTER_REFUSAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Stopped before a failed delivery was moved on");
        }
    }
}

package org.frontdoor.notification.delivery;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * Deliveries that used every attempt stay on the dead-letter topic for inspection (their FAILED
 * outcome is already in the delivery log). This handler only notes their arrival, by id: the
 * record holds personal references that must not reach the logs.
 */
@Component("deadLetteredDeliveries")
class DeadLetteredDeliveries {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteredDeliveries.class);

    void onDeadLetter(ConsumerRecord<String, ?> record, Acknowledgment acknowledgment) {
        log.warn("Delivery {} kept on {} at offset {}", record.key(), record.topic(), record.offset());
        // The delivery listeners' containers acknowledge by hand (see DeliveryRetryConfiguration).
        acknowledgment.acknowledge();
    }
}

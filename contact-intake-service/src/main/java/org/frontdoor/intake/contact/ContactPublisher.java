package org.frontdoor.intake.contact;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a contact, and the submission that names it when there is an Idempotency-Key, in one Kafka
 * transaction: either both are visible to read_committed consumers or neither is. It returns only
 * once the transaction has committed with acks=all; the producer's timeouts bound how long that may
 * take.
 */
@Component
public class ContactPublisher {

    private final KafkaTemplate<String, SpecificRecord> kafka;

    public ContactPublisher(KafkaTemplate<String, SpecificRecord> kafka) {
        this.kafka = kafka;
    }

    /** @throws ContactNotRecorded when Kafka does not commit the transaction in time */
    public void publish(ContactReceived contact, Optional<ContactSubmission> submission) {
        try {
            kafka.executeInTransaction(operations -> {
                operations.send(Topics.CONTACTS_RECEIVED.name(), contact.getContactId(), contact);
                submission.ifPresent(recorded ->
                        operations.send(Topics.CONTACT_SUBMISSIONS.name(), recorded.getIdempotencyKey(), recorded));
                return null;
            });
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new ContactNotRecorded(e);
        }
    }
}

package org.frontdoor.intake.contact;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.kafka.RecordPosition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * Records a contact, and the submission that names it when there is a submission key, in one Kafka
 * transaction: either both are visible to read_committed consumers or neither is. It returns only
 * once the transaction has committed with acks=all.
 *
 * <p>It waits for the broker to acknowledge every record before it asks to commit, so that a failure
 * tells how far the transaction got. Until the commit is asked for, nothing can become visible: the
 * transaction is aborted, by the producer or, failing that, by the broker when it times out. Once it
 * is asked for, a commit that is not confirmed may still complete on the broker.
 */
@Component
public class ContactPublisher {

    private final KafkaTemplate<String, SpecificRecord> kafka;
    private final Duration maxWait;

    public ContactPublisher(KafkaTemplate<String, SpecificRecord> kafka, IntakeProperties properties) {
        this.kafka = kafka;
        this.maxWait = properties.kafkaMaxBlock();
    }

    /**
     * @throws ContactNotRecorded    when Kafka does not take the contact in time; nothing is recorded
     * @throws ContactOutcomeUnknown when Kafka does not confirm the commit in time; the contact may be recorded
     */
    public void publish(ContactReceived contact, Optional<ContactSubmission> submission) {
        // Set once every record is acknowledged, just before the commit: from then on the outcome is the broker's.
        AtomicReference<Optional<RecordPosition>> committing = new AtomicReference<>();
        try {
            kafka.executeInTransaction(operations -> {
                var sentContact = operations.send(Topics.CONTACTS_RECEIVED.name(), contact.getContactId(), contact);
                var sentSubmission = submission.map(recorded ->
                        operations.send(Topics.CONTACT_SUBMISSIONS.name(), recorded.getIdempotencyKey(), recorded));
                long deadline = System.nanoTime() + maxWait.toNanos();
                acknowledged(sentContact, deadline);
                committing.set(sentSubmission.map(sent -> acknowledged(sent, deadline)));
                return null;
            });
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            if (committing.get() == null) {
                throw new ContactNotRecorded(e);
            }
            throw new ContactOutcomeUnknown(contact.getContactId(), committing.get(), e);
        }
    }

    /** Its ContactNotRecorded is thrown inside the transaction, which the template then aborts. */
    private static RecordPosition acknowledged(CompletableFuture<SendResult<String, SpecificRecord>> sent, long deadline) {
        try {
            return RecordPosition.of(sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .getRecordMetadata());
        } catch (ExecutionException | TimeoutException e) {
            throw new ContactNotRecorded(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContactNotRecorded(e);
        }
    }
}

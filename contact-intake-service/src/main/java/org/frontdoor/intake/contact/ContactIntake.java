package org.frontdoor.intake.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.intake.idempotency.IdempotencyConflict;
import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.intake.idempotency.SubmissionLocks;
import org.frontdoor.intake.idempotency.SubmissionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts a contact: validates it, and records it once. With an Idempotency-Key, a submission already
 * recorded under the key is answered from the record instead (or refused if the contact differs).
 */
@Service
public class ContactIntake {

    private static final Logger log = LoggerFactory.getLogger(ContactIntake.class);

    private final ContactValidator validator;
    private final ContactEvent events;
    private final ContactPublisher publisher;
    private final SubmissionLocks locks;
    private final SubmissionStore submissions;
    private final RecentlyAccepted recentlyAccepted;
    private final ContactMetrics metrics;
    private final Clock clock;

    public ContactIntake(ContactValidator validator, ContactEvent events, ContactPublisher publisher,
                         SubmissionLocks locks, SubmissionStore submissions, RecentlyAccepted recentlyAccepted,
                         ContactMetrics metrics, Clock clock) {
        this.validator = validator;
        this.events = events;
        this.publisher = publisher;
        this.locks = locks;
        this.submissions = submissions;
        this.recentlyAccepted = recentlyAccepted;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @throws InvalidContact       when the contact breaks a rule
     * @throws IdempotencyConflict  when the key already recorded a different contact
     * @throws ContactNotRecorded   when Kafka does not take the contact in time
     * @throws org.frontdoor.intake.kafka.StoresUnavailable when earlier submissions cannot be checked yet
     */
    public ContactAccepted receive(ContactRequest contact, Optional<IdempotencyKey> key) {
        validator.validate(contact);
        if (key.isEmpty()) {
            return record(contact, Optional.empty());
        }
        String fingerprint = ContactFingerprint.of(contact);
        return locks.withLock(key.get(), () -> earlierSubmission(key.get())
                .map(earlier -> replay(earlier, fingerprint))
                .orElseGet(() -> record(contact, Optional.of(new Submitted(key.get(), fingerprint)))));
    }

    private Optional<ContactSubmission> earlierSubmission(IdempotencyKey key) {
        // Checked first, because it answers even while the store is briefly unavailable.
        Optional<ContactSubmission> justRecorded = recentlyAccepted.submission(key.value());
        return justRecorded.isPresent() ? justRecorded : submissions.find(key);
    }

    private ContactAccepted replay(ContactSubmission earlier, String fingerprint) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw new IdempotencyConflict();
        }
        log.info("Contact {} submitted again under its Idempotency-Key; nothing new recorded", earlier.getContactId());
        return ContactAccepted.received(earlier.getContactId(), earlier.getReceivedAt());
    }

    private ContactAccepted record(ContactRequest contact, Optional<Submitted> submitted) {
        String contactId = UUID.randomUUID().toString();
        // Events keep milliseconds; truncating here makes the answer match the record exactly.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant receivedAt = contact.receivedAt() == null ? recordedAt : contact.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        ContactReceived event = events.received(contactId, contact, receivedAt, recordedAt);
        Optional<ContactSubmission> submission = submitted.map(it -> ContactSubmission.newBuilder()
                .setIdempotencyKey(it.key().value())
                .setRequestFingerprint(it.fingerprint())
                .setContactId(contactId)
                .setReceivedAt(receivedAt)
                .build());
        publisher.publish(event, submission);
        ContactAccepted accepted = ContactAccepted.received(contactId, receivedAt);
        recentlyAccepted.remember(accepted, submission);
        metrics.received(event);
        log.info("Contact {} received", contactId);
        return accepted;
    }

    private record Submitted(IdempotencyKey key, String fingerprint) {
    }
}

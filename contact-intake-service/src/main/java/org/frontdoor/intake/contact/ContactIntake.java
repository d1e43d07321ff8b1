package org.frontdoor.intake.contact;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.frontdoor.events.ContactPartner;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.intake.idempotency.SubmissionKey;
import org.frontdoor.intake.idempotency.SubmissionLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Accepts a contact: validates it, and records it once. Under a submission key (a client's
 * Idempotency-Key, or a partner agency's reference) a submission already recorded is answered from
 * the record instead, or refused if it differs.
 */
@Service
public class ContactIntake {

    private static final Logger log = LoggerFactory.getLogger(ContactIntake.class);

    private final ContactValidator validator;
    private final ContactEvent events;
    private final ContactPublisher publisher;
    private final SubmissionLocks locks;
    private final EarlierSubmissions earlierSubmissions;
    private final RecentlyAccepted recentlyAccepted;
    private final ContactMetrics metrics;
    private final Clock clock;

    public ContactIntake(ContactValidator validator, ContactEvent events, ContactPublisher publisher,
                         SubmissionLocks locks, EarlierSubmissions earlierSubmissions, RecentlyAccepted recentlyAccepted,
                         ContactMetrics metrics, Clock clock) {
        this.validator = validator;
        this.events = events;
        this.publisher = publisher;
        this.locks = locks;
        this.earlierSubmissions = earlierSubmissions;
        this.recentlyAccepted = recentlyAccepted;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A contact from front-door staff.
     *
     * @param submittedBy the subject of the caller's token
     * @throws InvalidContact       when the contact breaks a rule
     * @throws org.frontdoor.intake.idempotency.IdempotencyConflict when the key already recorded a different contact
     * @throws ContactNotRecorded   when Kafka does not take the contact in time
     * @throws ContactOutcomeUnknown when Kafka does not confirm in time that it recorded the contact
     * @throws org.frontdoor.intake.kafka.StoresUnavailable when earlier submissions cannot be checked yet
     */
    public ContactAccepted receive(ContactRequest contact, Optional<IdempotencyKey> key, String submittedBy) {
        validator.validate(contact);
        Submitter submitter = new Submitter(submittedBy, Optional.empty());
        if (key.isEmpty()) {
            return record(contact, submitter, Optional.empty());
        }
        return recordOnce(contact, submitter, key.get(), ContactFingerprint.of(contact));
    }

    /**
     * A partner agency's notification, as the contact it records: once under the agency's reference.
     * The caller has checked it against the contact rules and the notification's own, and reported
     * every breach together; the fingerprint covers everything that is recorded.
     *
     * @param submittedBy the subject of the partner's token
     * @throws RuntimeException     the reference's {@link SubmissionKey#conflict()} when it already recorded a different notification
     * @throws ContactNotRecorded   when Kafka does not take the contact in time
     * @throws ContactOutcomeUnknown when Kafka does not confirm in time that it recorded the contact
     * @throws org.frontdoor.intake.kafka.StoresUnavailable when earlier submissions cannot be checked yet
     */
    public ContactAccepted receive(ContactRequest validContact, ContactPartner partner, SubmissionKey reference,
                                   String fingerprint, String submittedBy) {
        return recordOnce(validContact, new Submitter(submittedBy, Optional.of(partner)), reference, fingerprint);
    }

    private ContactAccepted recordOnce(ContactRequest contact, Submitter submitter, SubmissionKey key,
                                       String fingerprint) {
        return locks.withLock(key, () -> earlierSubmissions.find(key)
                .map(earlier -> replay(earlier, key, fingerprint))
                .orElseGet(() -> record(contact, submitter, Optional.of(new Submitted(key, fingerprint)))));
    }

    private ContactAccepted replay(ContactSubmission earlier, SubmissionKey key, String fingerprint) {
        if (!earlier.getRequestFingerprint().equals(fingerprint)) {
            throw key.conflict();
        }
        log.info("Contact {} submitted again under its key; nothing new recorded", earlier.getContactId());
        return ContactAccepted.received(earlier.getContactId(), earlier.getReceivedAt());
    }

    private ContactAccepted record(ContactRequest contact, Submitter submitter, Optional<Submitted> submitted) {
        Optional<ContactPartner> partner = submitter.partner();
        String contactId = UUID.randomUUID().toString();
        // Events keep milliseconds; truncating here makes the answer match the record exactly.
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant receivedAt = contact.receivedAt() == null ? recordedAt : contact.receivedAt().truncatedTo(ChronoUnit.MILLIS);
        ContactReceived event = events.received(contactId, contact, submitter.subject(), partner, receivedAt, recordedAt);
        Optional<ContactSubmission> submission = submitted.map(it -> ContactSubmission.newBuilder()
                .setIdempotencyKey(it.key().value())
                .setRequestFingerprint(it.fingerprint())
                .setContactId(contactId)
                .setReceivedAt(receivedAt)
                .build());
        try {
            publisher.publish(event, submission);
        } catch (ContactOutcomeUnknown unknown) {
            submission.ifPresent(recorded -> earlierSubmissions.remember(event, recorded,
                    unknown.submissionWrittenAt().orElseThrow()));
            throw unknown;
        }
        ContactAccepted accepted = ContactAccepted.received(contactId, receivedAt);
        recentlyAccepted.remember(accepted, partner, submission);
        metrics.received(event);
        partner.ifPresentOrElse(
                sender -> log.info("Contact {} received from partner agency {}", contactId, sender.getAgency()),
                () -> log.info("Contact {} received", contactId));
        return accepted;
    }

    private record Submitted(SubmissionKey key, String fingerprint) {
    }

    /**
     * Who sent the contact: the subject of their token, and the partner agency they speak for, if any.
     * A replay is answered from the record, which keeps its first submitter.
     */
    private record Submitter(String subject, Optional<ContactPartner> partner) {
    }
}

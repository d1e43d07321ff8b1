package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.common.TopicPartition;
import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.intake.idempotency.SubmissionKey;
import org.frontdoor.intake.idempotency.SubmissionStore;
import org.frontdoor.intake.kafka.RecordPosition;
import org.frontdoor.intake.kafka.TransactionOutcome;
import org.frontdoor.intake.kafka.TransactionOutcomes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A key whose last attempt ended with a commit Kafka did not confirm, while the store has not seen
 * the key (it may never): the answer depends on how Kafka says the transaction ended.
 */
class EarlierSubmissionsTest {

    private static final IntakeProperties PROPERTIES = new IntakeProperties(Duration.ofSeconds(5), 100,
            Duration.ofMillis(200));
    private static final RecordPosition WRITTEN_AT =
            new RecordPosition(new TopicPartition(Topics.CONTACT_SUBMISSIONS.name(), 1), 42);

    private final IdempotencyKey key = new IdempotencyKey("key-1");
    private final ContactSubmission submission = ContactSubmission.newBuilder()
            .setIdempotencyKey(key.value())
            .setRequestFingerprint("f".repeat(64))
            .setContactId("c-1")
            .setReceivedAt(Instant.parse("2026-11-20T09:15:00Z"))
            .build();
    private final ContactReceived contact = ContactReceived.newBuilder()
            .setContactId("c-1")
            .setReceivedAt(submission.getReceivedAt())
            .setRecordedAt(submission.getReceivedAt())
            .setChannel(ContactChannel.PHONE)
            .setReferralSource("2A")
            .setChildren(List.of())
            .setIndicators(List.of())
            .setImmediateRisk(false)
            .setConsent(Consent.GIVEN)
            .build();
    private final RecentlyAccepted recentlyAccepted = new RecentlyAccepted(PROPERTIES);
    private TransactionOutcome outcome;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EarlierSubmissions earlier = new EarlierSubmissions(recentlyAccepted, new StoreNotYetSeeingIt(),
            new Outcomes(), new ContactMetrics(meters), PROPERTIES);

    @Test
    void a_retry_while_kafka_cannot_say_how_an_unconfirmed_commit_ended_is_outcome_unknown_again() {
        earlier.remember(contact, submission, WRITTEN_AT);
        outcome = TransactionOutcome.PENDING;

        ContactOutcomeUnknown unknown = catchThrowableOfType(ContactOutcomeUnknown.class, () -> earlier.find(key));

        assertThat(unknown.underKey()).isTrue();
        assertThat(unknown.contactId()).isEqualTo("c-1");
    }

    @Test
    void a_retry_after_an_unconfirmed_commit_that_completed_finds_the_first_contact_counted_and_readable_at_once() {
        earlier.remember(contact, submission, WRITTEN_AT);
        outcome = TransactionOutcome.COMMITTED;

        assertThat(earlier.find(key)).contains(submission);
        assertThat(recentlyAccepted.contact("c-1")).isPresent();
        assertThat(meters.get("frontdoor.contacts.received").tag("channel", "PHONE").tag("referral_source", "2A")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void a_retry_after_an_unconfirmed_commit_that_was_aborted_finds_nothing_and_stops_asking_kafka() {
        earlier.remember(contact, submission, WRITTEN_AT);
        outcome = TransactionOutcome.ABORTED;

        assertThat(earlier.find(key)).isEmpty();
        outcome = null;
        assertThat(earlier.find(key)).isEmpty();
    }

    @Test
    void a_key_without_an_unconfirmed_commit_is_not_asked_about() {
        assertThat(earlier.find(new IdempotencyKey("key-2"))).isEmpty();
    }

    /** A store that has not (yet) seen the key: on its own it would let the contact be recorded again. */
    private static final class StoreNotYetSeeingIt extends SubmissionStore {

        StoreNotYetSeeingIt() {
            super(null);
        }

        @Override
        public Optional<ContactSubmission> find(SubmissionKey key) {
            return Optional.empty();
        }
    }

    private final class Outcomes extends TransactionOutcomes {

        Outcomes() {
            super(new KafkaProperties(), PROPERTIES, new SimpleMeterRegistry());
        }

        @Override
        public TransactionOutcome of(RecordPosition written) {
            assertThat(written).isEqualTo(WRITTEN_AT);
            if (outcome == null) {
                throw new AssertionError("Kafka was asked about a transaction already settled");
            }
            return outcome;
        }
    }
}

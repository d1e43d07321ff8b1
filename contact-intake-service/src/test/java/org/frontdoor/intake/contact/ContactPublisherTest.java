package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.frontdoor.events.Consent;
import org.frontdoor.events.ContactChannel;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.kafka.RecordPosition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/** How far a contact's transaction got decides what the client hears: not recorded, or perhaps recorded. */
class ContactPublisherTest {

    private static final Instant RECEIVED_AT = Instant.parse("2026-11-20T09:15:00Z");
    private static final IntakeProperties PROPERTIES = new IntakeProperties(Duration.ofSeconds(5), 100,
            Duration.ofMillis(200));

    private final ContactReceived contact = ContactReceived.newBuilder()
            .setContactId("c-1")
            .setReceivedAt(RECEIVED_AT)
            .setRecordedAt(RECEIVED_AT)
            .setChannel(ContactChannel.PHONE)
            .setReferralSource("2A")
            .setChildren(List.of())
            .setIndicators(List.of())
            .setImmediateRisk(false)
            .setConsent(Consent.GIVEN)
            .build();
    private final ContactSubmission submission = ContactSubmission.newBuilder()
            .setIdempotencyKey("key-1")
            .setRequestFingerprint("f".repeat(64))
            .setContactId("c-1")
            .setReceivedAt(RECEIVED_AT)
            .build();
    private final List<MockProducer<String, SpecificRecord>> producers = new ArrayList<>();

    @Test
    void a_commit_kafka_does_not_confirm_leaves_the_outcome_unknown_and_says_where_the_submission_was_written() {
        ContactPublisher publisher = publisher(true, producer -> producer.commitTransactionException =
                new TimeoutException("Timeout expired while awaiting EndTxn(true)"));

        ContactOutcomeUnknown unknown = catchThrowableOfType(ContactOutcomeUnknown.class,
                () -> publisher.publish(contact, Optional.of(submission)));

        assertThat(unknown.contactId()).isEqualTo("c-1");
        assertThat(unknown.underKey()).isTrue();
        assertThat(unknown.submissionWrittenAt()).contains(
                new RecordPosition(new TopicPartition(Topics.CONTACT_SUBMISSIONS.name(), 0), 0));
    }

    @Test
    void a_commit_kafka_does_not_confirm_for_a_contact_without_a_key_leaves_the_outcome_unknown() {
        ContactPublisher publisher = publisher(true, producer -> producer.commitTransactionException =
                new TimeoutException("Timeout expired while awaiting EndTxn(true)"));

        ContactOutcomeUnknown unknown = catchThrowableOfType(ContactOutcomeUnknown.class,
                () -> publisher.publish(contact, Optional.empty()));

        assertThat(unknown.underKey()).isFalse();
    }

    @Test
    void a_contact_kafka_does_not_acknowledge_in_time_is_not_recorded_and_its_transaction_is_aborted() {
        ContactPublisher publisher = publisher(false, producer -> { });

        catchThrowableOfType(ContactNotRecorded.class, () -> publisher.publish(contact, Optional.of(submission)));

        assertThat(producers).singleElement().satisfies(producer -> {
            assertThat(producer.transactionAborted()).isTrue();
            assertThat(producer.transactionCommitted()).isFalse();
            assertThat(producer.history()).isEmpty();
        });
    }

    @Test
    void a_contact_kafka_refuses_to_send_is_not_recorded() {
        ContactPublisher publisher = publisher(true, producer -> producer.sendException =
                new TimeoutException("Topic not present in metadata after 200 ms"));

        catchThrowableOfType(ContactNotRecorded.class, () -> publisher.publish(contact, Optional.of(submission)));

        assertThat(producers).singleElement().satisfies(producer -> assertThat(producer.transactionCommitted()).isFalse());
    }

    @Test
    void a_contact_is_not_recorded_when_kafka_cannot_start_a_transactional_producer() {
        ContactPublisher publisher = publisher(true, producer -> producer.initTransactionException =
                new TimeoutException("Timeout expired after 200 ms while awaiting InitProducerId"));

        catchThrowableOfType(ContactNotRecorded.class, () -> publisher.publish(contact, Optional.of(submission)));
    }

    @Test
    void a_contact_kafka_takes_is_committed_with_its_submission() {
        publisher(true, producer -> { }).publish(contact, Optional.of(submission));

        assertThat(producers).singleElement().satisfies(producer -> {
            assertThat(producer.transactionCommitted()).isTrue();
            assertThat(producer.history()).extracting(record -> record.topic())
                    .containsExactly(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());
        });
    }

    /** @param autoComplete whether the broker acknowledges each record at once, or never */
    private ContactPublisher publisher(boolean autoComplete, Consumer<MockProducer<String, SpecificRecord>> fault) {
        MockProducerFactory<String, SpecificRecord> factory = new MockProducerFactory<>((transactional, prefix) -> {
            MockProducer<String, SpecificRecord> producer = new MockProducer<>(autoComplete, null,
                    new StringSerializer(), (topic, value) -> new byte[0]);
            fault.accept(producer);
            producer.initTransactions();
            producers.add(producer);
            return producer;
        }, "contact-intake-test-");
        return new ContactPublisher(new KafkaTemplate<>(factory), PROPERTIES);
    }
}

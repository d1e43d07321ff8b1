package org.frontdoor.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.TimeoutException;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.IntakeProperties;
import org.frontdoor.intake.idempotency.IdempotencyKey;
import org.frontdoor.intake.idempotency.SubmissionKey;
import org.frontdoor.intake.idempotency.SubmissionLocks;
import org.frontdoor.intake.idempotency.SubmissionStore;
import org.frontdoor.intake.kafka.TransactionOutcomes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A commit whose confirmation never reaches the service, against the real broker: the commit either
 * completed there or not, and the client, told the outcome is unknown, sends the contact again under
 * its key before the store of submissions has seen it. It must get the contact recorded once.
 */
class UnconfirmedCommitIT extends IntakeIntegrationTest {

    private static final String SUBMITTER = "front-door-test";

    @Autowired
    private ContactValidator validator;
    @Autowired
    private ContactEvent contactEvents;
    @Autowired
    private SubmissionLocks locks;
    @Autowired
    private ContactMetrics metrics;
    @Autowired
    private Clock clock;
    @Autowired
    private KafkaProperties kafka;
    @Autowired
    private IntakeProperties properties;
    @Autowired
    private TransactionOutcomes outcomes;

    private final AtomicReference<LostConfirmation> nextCommit = new AtomicReference<>();
    private final ContactRequest contact = ContactJson.request(ContactJson.valid());
    private final IdempotencyKey key = new IdempotencyKey("unconfirmed-" + UUID.randomUUID());
    private ContactIntake intake;

    @BeforeEach
    void intakeWhoseNextCommitIsNotConfirmed() {
        DefaultKafkaProducerFactory<String, SpecificRecord> producers =
                new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties()) {
                    @Override
                    protected Producer<String, SpecificRecord> createRawProducer(Map<String, Object> configs) {
                        return losingConfirmations(super.createRawProducer(configs));
                    }
                };
        producers.setTransactionIdPrefix("unconfirmed-commit-it-" + UUID.randomUUID() + "-");
        RecentlyAccepted recentlyAccepted = new RecentlyAccepted(properties);
        intake = new ContactIntake(validator, contactEvents, new ContactPublisher(new KafkaTemplate<>(producers), properties),
                locks, new EarlierSubmissions(recentlyAccepted, new StoreNotYetSeeingIt(), outcomes, metrics, properties),
                recentlyAccepted, metrics, clock);
    }

    @Test
    void a_retry_after_an_unconfirmed_commit_that_completed_answers_the_first_contact_and_publishes_nothing() {
        Marks before = marks();
        nextCommit.set(LostConfirmation.COMMITTED);

        ContactOutcomeUnknown unknown = catchThrowableOfType(ContactOutcomeUnknown.class,
                () -> intake.receive(contact, Optional.of(key), SUBMITTER));
        ContactAccepted retry = intake.receive(contact, Optional.of(key), SUBMITTER);

        assertThat(retry.contactId()).isEqualTo(unknown.contactId());
        List<ConsumerRecord<String, ContactReceived>> contacts = events.eventsSince(before, Topics.CONTACTS_RECEIVED);
        assertThat(contacts).extracting(ConsumerRecord::key).containsExactly(unknown.contactId());
        assertThat(events.eventsSince(before, Topics.CONTACT_SUBMISSIONS)).extracting(ConsumerRecord::key)
                .containsExactly(key.value());
        assertThat(retry.receivedAt()).isEqualTo(contacts.get(0).value().getReceivedAt());
    }

    @Test
    void a_retry_after_an_unconfirmed_commit_that_did_not_complete_records_the_contact_once() {
        Marks before = marks();
        nextCommit.set(LostConfirmation.ABORTED);

        ContactOutcomeUnknown unknown = catchThrowableOfType(ContactOutcomeUnknown.class,
                () -> intake.receive(contact, Optional.of(key), SUBMITTER));
        ContactAccepted retry = intake.receive(contact, Optional.of(key), SUBMITTER);

        assertThat(retry.contactId()).isNotEqualTo(unknown.contactId());
        assertThat(events.eventsSince(before, Topics.CONTACTS_RECEIVED)).extracting(ConsumerRecord::key)
                .containsExactly(retry.contactId());
        List<ConsumerRecord<String, ContactSubmission>> submissions = events.eventsSince(before, Topics.CONTACT_SUBMISSIONS);
        assertThat(submissions).singleElement()
                .satisfies(submission -> assertThat(submission.value().getContactId()).isEqualTo(retry.contactId()));
    }

    private Marks marks() {
        return events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());
    }

    /** How the broker ended the transaction whose confirmation was lost. */
    private enum LostConfirmation {
        COMMITTED, ABORTED
    }

    /** A producer whose next commit ends on the broker as {@link #nextCommit} says, but times out for the service. */
    @SuppressWarnings("unchecked")
    private Producer<String, SpecificRecord> losingConfirmations(Producer<String, SpecificRecord> producer) {
        return (Producer<String, SpecificRecord>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, arguments) -> {
                    LostConfirmation lost = method.getName().equals("commitTransaction") ? nextCommit.getAndSet(null) : null;
                    if (lost == LostConfirmation.COMMITTED) {
                        producer.commitTransaction();
                    } else if (lost == LostConfirmation.ABORTED) {
                        producer.abortTransaction();
                    }
                    if (lost != null) {
                        throw new TimeoutException("Timeout expired after 5000ms while awaiting EndTxn(true)");
                    }
                    try {
                        return method.invoke(producer, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** The store of submissions a moment behind the topic, as it is just after a commit. */
    private static final class StoreNotYetSeeingIt extends SubmissionStore {

        StoreNotYetSeeingIt() {
            super(null);
        }

        @Override
        public Optional<ContactSubmission> find(SubmissionKey key) {
            return Optional.empty();
        }
    }
}

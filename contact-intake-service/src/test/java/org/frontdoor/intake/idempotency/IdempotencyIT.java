package org.frontdoor.intake.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.frontdoor.events.ContactReceived;
import org.frontdoor.events.ContactSubmission;
import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.IntakeIntegrationTest;
import org.frontdoor.intake.contact.ContactJson;
import org.junit.jupiter.api.Test;

class IdempotencyIT extends IntakeIntegrationTest {

    private final String key = "contact-" + UUID.randomUUID();

    @Test
    void the_first_submission_under_a_key_records_the_contact_and_the_key_in_one_go() {
        Marks before = marks();

        Reply reply = api.post(ContactJson.valid(), key);

        assertThat(reply.status()).isEqualTo(201);
        String contactId = reply.json().get("contactId").asString();
        List<ConsumerRecord<String, ContactReceived>> contacts = events.eventsSince(before, Topics.CONTACTS_RECEIVED);
        List<ConsumerRecord<String, ContactSubmission>> submissions = events.eventsSince(before, Topics.CONTACT_SUBMISSIONS);
        assertThat(contacts).extracting(ConsumerRecord::key).containsExactly(contactId);
        assertThat(submissions).singleElement().satisfies(submission -> {
            assertThat(submission.key()).isEqualTo(key);
            assertThat(submission.value().getContactId()).isEqualTo(contactId);
            assertThat(submission.value().getRequestFingerprint()).hasSize(64);
            assertThat(submission.value().getReceivedAt()).isEqualTo(contacts.get(0).value().getReceivedAt());
        });
    }

    @Test
    void a_replay_at_once_gets_the_original_answer_and_publishes_nothing() {
        Reply first = api.post(ContactJson.valid(), key);
        Marks afterFirst = marks();

        Reply replay = api.post(ContactJson.valid(), key);

        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertNothingPublishedSince(afterFirst);
    }

    @Test
    void a_replay_without_received_at_keeps_the_time_first_received() {
        Map<String, Object> contact = ContactJson.valid();
        contact.remove("receivedAt");
        Reply first = api.post(contact, key);

        Reply replay = api.post(contact, key);

        assertThat(replay.json()).isEqualTo(first.json());
    }

    @Test
    void the_same_key_with_a_different_contact_is_a_conflict_and_publishes_nothing() {
        api.post(ContactJson.valid(), key);
        Map<String, Object> different = ContactJson.valid();
        different.put("summary", "another worry");
        Marks afterFirst = marks();

        Reply conflict = api.post(different, key);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.header("Content-Type")).startsWith("application/problem+json");
        assertThat(conflict.body()).doesNotContain("another worry");
        assertNothingPublishedSince(afterFirst);
    }

    @Test
    void concurrent_submissions_under_one_key_record_one_contact() throws Exception {
        Marks before = marks();
        Callable<Reply> submit = () -> api.post(ContactJson.valid(), key);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Reply> replies;
        try {
            List<Future<Reply>> pending = clients.invokeAll(IntStream.range(0, 6).mapToObj(i -> submit).toList());
            replies = pending.stream().map(IdempotencyIT::await).toList();
        } finally {
            clients.shutdown();
        }

        assertThat(replies).extracting(Reply::status).containsOnly(201);
        assertThat(replies).extracting(reply -> reply.json().get("contactId").asString()).hasSize(6).containsOnly(
                replies.get(0).json().get("contactId").asString());
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).hasSize(1);
        assertThat(events.since(before, Topics.CONTACT_SUBMISSIONS.name())).hasSize(1);
    }

    @Test
    void a_key_of_more_than_100_characters_is_refused_and_publishes_nothing() {
        Marks before = marks();

        Reply reply = api.post(ContactJson.valid(), "k".repeat(101));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        assertNothingPublishedSince(before);
    }

    @Test
    void a_key_of_100_characters_is_accepted() {
        String longestKey = "k".repeat(64) + UUID.randomUUID();

        assertThat(longestKey).hasSize(100);
        assertThat(api.post(ContactJson.valid(), longestKey).status()).isEqualTo(201);
    }

    private Marks marks() {
        return events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());
    }

    private void assertNothingPublishedSince(Marks marks) {
        assertThat(events.since(marks, Topics.CONTACTS_RECEIVED.name())).isEmpty();
        assertThat(events.since(marks, Topics.CONTACT_SUBMISSIONS.name())).isEmpty();
    }

    private static Reply await(Future<Reply> reply) {
        try {
            return reply.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

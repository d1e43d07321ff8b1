package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.contact.ContactJson;
import org.junit.jupiter.api.Test;

/**
 * A restart with empty local state: everything the service knows must come back from Kafka. The
 * instances here have their own streams application id, so the shared instance does not share
 * their partitions.
 */
class RestartIT extends IntakeIntegrationTest {

    private final String applicationId = "contact-intake-restart-" + UUID.randomUUID();

    @Test
    void after_a_restart_with_new_empty_state_a_replay_is_still_recognised_and_the_contact_still_found() {
        String key = "restart-" + UUID.randomUUID();
        Reply first;
        try (IntakeInstance beforeRestart = start()) {
            first = beforeRestart.api().post(ContactJson.valid(), key);
        }
        assertThat(first.status()).isEqualTo(201);
        String contactId = first.json().get("contactId").asString();
        Marks afterFirst = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());

        try (IntakeInstance afterRestart = start()) {
            IntakeClient restarted = afterRestart.api();

            Reply replay = restarted.post(ContactJson.valid(), key);
            Map<String, Object> different = ContactJson.valid();
            different.put("consent", "NOT_GIVEN");
            Reply conflict = restarted.post(different, key);

            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.json()).isEqualTo(first.json());
            assertThat(conflict.status()).isEqualTo(409);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(restarted.get("/api/v1/contacts/" + contactId).status()).isEqualTo(200));
            assertThat(restarted.get("/api/v1/contacts/" + contactId).json().get("status").asString()).isEqualTo("RECEIVED");
        }
        assertThat(events.since(afterFirst, Topics.CONTACTS_RECEIVED.name())).isEmpty();
        assertThat(events.since(afterFirst, Topics.CONTACT_SUBMISSIONS.name())).isEmpty();
    }

    private IntakeInstance start() {
        return IntakeInstance.start(
                "spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "spring.kafka.streams.application-id=" + applicationId,
                "spring.kafka.streams.state-dir=" + newStateDirectory())
                .awaitStreamsRunning();
    }
}

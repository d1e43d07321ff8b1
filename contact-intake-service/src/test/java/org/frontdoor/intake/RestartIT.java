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
import org.frontdoor.intake.partner.NotificationJson;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A restart with empty local state: everything the service knows must come back from Kafka. The
 * instances here have their own streams application id, so the shared instance does not share
 * their partitions.
 */
class RestartIT extends IntakeIntegrationTest {

    private final String applicationId = "contact-intake-restart-" + UUID.randomUUID();

    /** One restart for both kinds of submission, since each restart takes a broker's while. */
    @Test
    void after_a_restart_with_new_empty_state_replays_are_still_recognised_and_submissions_still_found_by_their_owners() {
        String key = "restart-" + UUID.randomUUID();
        String reference = "INC-" + UUID.randomUUID();
        Reply first;
        Reply firstNotification;
        try (IntakeInstance beforeRestart = start()) {
            first = beforeRestart.api().post(ContactJson.valid(), key);
            firstNotification = beforeRestart.api().as(TestTokens.partner("POLICE"))
                    .postNotification(NotificationJson.domesticAbuseIncident(reference));
        }
        assertThat(first.status()).isEqualTo(201);
        assertThat(firstNotification.status()).isEqualTo(201);
        String contactId = first.json().get("contactId").asString();
        String notificationId = firstNotification.json().get("notificationId").asString();
        Marks afterFirst = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());

        try (IntakeInstance afterRestart = start()) {
            IntakeClient restarted = afterRestart.api();
            IntakeClient police = restarted.as(TestTokens.partner("POLICE"));

            Reply replay = restarted.post(ContactJson.valid(), key);
            Map<String, Object> different = ContactJson.valid();
            different.put("consent", "NOT_GIVEN");
            Reply conflict = restarted.post(different, key);
            Reply notificationReplay = police.postNotification(NotificationJson.domesticAbuseIncident(reference));
            Map<String, Object> regraded = NotificationJson.domesticAbuseIncident(reference);
            regraded.put("dashRisk", "STANDARD");
            Reply notificationConflict = police.postNotification(regraded);

            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.json()).isEqualTo(first.json());
            assertThat(conflict.status()).isEqualTo(409);
            assertThat(notificationReplay.status()).isEqualTo(201);
            assertThat(notificationReplay.json()).isEqualTo(firstNotification.json());
            assertThat(notificationConflict.status()).isEqualTo(409);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(restarted.get("/api/v1/contacts/" + contactId).status()).isEqualTo(200);
                assertThat(police.get("/api/v1/partner-notifications/" + notificationId).status()).isEqualTo(200);
            });
            assertThat(restarted.get("/api/v1/contacts/" + contactId).json().get("status").asString()).isEqualTo("RECEIVED");
            assertThat(police.get("/api/v1/partner-notifications/" + notificationId).json().get("partnerReference").asString())
                    .isEqualTo(reference);
            assertThat(restarted.as(TestTokens.partner("SCHOOL")).get("/api/v1/partner-notifications/" + notificationId)
                    .status()).as("another agency, after the restart").isEqualTo(404);
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

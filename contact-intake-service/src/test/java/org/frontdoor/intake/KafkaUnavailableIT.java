package org.frontdoor.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import org.frontdoor.events.catalogue.Topics;
import org.frontdoor.intake.EventLog.Marks;
import org.frontdoor.intake.IntakeClient.Reply;
import org.frontdoor.intake.contact.ContactJson;
import org.frontdoor.intake.partner.NotificationJson;
import org.frontdoor.security.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An instance whose broker is not there: it must say so with 503, never half-record a contact or a
 * partner's notification, and never keep a request waiting on Kafka longer than it is configured to.
 */
class KafkaUnavailableIT extends IntakeIntegrationTest {

    /** How long the instance waits on Kafka at each step: less than the default, to tell them apart. */
    private static final Duration KAFKA_MAX_BLOCK = Duration.ofMillis(1500);
    private static final Duration DEFAULT_KAFKA_MAX_BLOCK = Duration.ofSeconds(5);

    private static IntakeInstance cutOff;

    @BeforeAll
    static void startAnInstanceWithoutABroker() {
        cutOff = IntakeInstance.start(
                "spring.kafka.bootstrap-servers=localhost:" + closedPort(),
                "spring.kafka.streams.state-dir=" + newStateDirectory(),
                "spring.kafka.admin.auto-create=false",
                "spring.kafka.streams.auto-startup=false",
                "frontdoor.intake.kafka-max-block=" + KAFKA_MAX_BLOCK.toMillis() + "ms");
    }

    @AfterAll
    static void stopIt() {
        cutOff.close();
    }

    @Test
    void a_contact_or_notification_kafka_cannot_take_is_503_with_retry_after_and_nothing_is_published() {
        Marks before = events.mark(Topics.CONTACTS_RECEIVED.name(), Topics.CONTACT_SUBMISSIONS.name());
        IntakeClient cutOffApi = cutOff.api();

        Reply withoutKey = cutOffApi.post(ContactJson.valid());
        Reply withKey = cutOffApi.post(ContactJson.valid(), "key-" + UUID.randomUUID());
        Reply notification = cutOffApi.as(TestTokens.partner("POLICE"))
                .postNotification(NotificationJson.domesticAbuseIncident("INC-" + UUID.randomUUID()));
        Reply status = cutOffApi.get("/api/v1/contacts/" + UUID.randomUUID());
        Reply notificationStatus = cutOffApi.as(TestTokens.partner("POLICE"))
                .get("/api/v1/partner-notifications/" + UUID.randomUUID());
        Reply health = cutOffApi.get("/actuator/health");

        assertThat(withoutKey.status()).isEqualTo(503);
        assertThat(withoutKey.header("Retry-After")).isEqualTo("5");
        assertThat(withoutKey.header("Content-Type")).startsWith("application/problem+json");
        assertThat(withoutKey.json().get("status").asInt()).isEqualTo(503);
        assertThat(withKey.status()).isEqualTo(503);
        assertThat(withKey.header("Retry-After")).isEqualTo("5");
        assertThat(notification.status()).isEqualTo(503);
        assertThat(notification.header("Retry-After")).isEqualTo("5");
        assertThat(status.status()).isEqualTo(503);
        assertThat(notificationStatus.status()).isEqualTo(503);
        assertThat(health.status()).isEqualTo(503);
        assertThat(events.since(before, Topics.CONTACTS_RECEIVED.name())).isEmpty();
        assertThat(events.since(before, Topics.CONTACT_SUBMISSIONS.name())).isEmpty();
    }

    @Test
    void a_contact_kafka_cannot_take_is_answered_not_recorded_as_soon_as_the_configured_wait_is_over() {
        long start = System.nanoTime();
        Reply reply = cutOff.api().post(ContactJson.valid());
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.json().get("type").asString()).isEqualTo("urn:frontdoor:problem:not-recorded");
        assertThat(reply.json().get("detail").asString()).contains("nothing was recorded");
        assertThat(waited).isGreaterThanOrEqualTo(KAFKA_MAX_BLOCK).isLessThan(DEFAULT_KAFKA_MAX_BLOCK);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
